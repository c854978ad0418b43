package cl.slep.encuentros.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cl.slep.encuentros.simulator.ChatMessage.Entity;
import cl.slep.encuentros.simulator.TelegramText.Parsed;
import org.junit.jupiter.api.Test;

class TelegramTextTest {

    @Test
    void htmlBecomesPlainTextWithEntitiesCountedInUtf16() {
        Parsed parsed = TelegramText.parse("<b>Encuentro</b> de la <i>Red PIE</i> 😀 <a href=\"https://slep.cl/x?a=1&amp;b=2\">ver</a>", "HTML");

        assertThat(parsed.text()).isEqualTo("Encuentro de la Red PIE 😀 ver");
        assertThat(parsed.entities()).containsExactly(
                new Entity("bold", 0, 9, null),
                new Entity("italic", 16, 7, null),
                new Entity("text_link", 27, 3, "https://slep.cl/x?a=1&b=2"));
    }

    @Test
    void namedAndNumericEntitiesAreDecodedAndALoneAmpersandStays() {
        Parsed parsed = TelegramText.parse("1 &lt; 2 &amp;&amp; 3 &gt; 2 &#241; &#x00F1; A&B &nbsp;", "HTML");

        assertThat(parsed.text()).isEqualTo("1 < 2 && 3 > 2 ñ ñ A&B &nbsp;");
    }

    @Test
    void unescapedLessThanFailsAsInTelegram() {
        assertThatThrownBy(() -> TelegramText.parse("Hola <Ana>", "HTML"))
                .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.answer().description())
                        .isEqualTo("Bad Request: can't parse entities: Unsupported start tag \"ana\" at byte offset 5"));
        assertThatThrownBy(() -> TelegramText.parse("línea<br>otra", "HTML"))
                .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.answer().description())
                        .isEqualTo("Bad Request: can't parse entities: Unsupported start tag \"br\" at byte offset 6"));
        assertThatThrownBy(() -> TelegramText.parse("<b>sin cerrar", "HTML"))
                .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.answer().description())
                        .contains("Can't find end tag corresponding to start tag \"b\""));
        assertThatThrownBy(() -> TelegramText.parse("<b>x</i>", "HTML"))
                .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.answer().description())
                        .contains("Unmatched end tag at byte offset 4, expected \"</b>\", found \"</i>\""));
    }

    @Test
    void withoutParseModeTagsAreJustText() {
        assertThat(TelegramText.parse("<b>no</b>", null).text()).isEqualTo("<b>no</b>");
    }

    @Test
    void surroundingWhitespaceIsTrimmedAndEntitiesMove() {
        Parsed parsed = TelegramText.parse("  \n<b>hola</b>  ", "HTML");

        assertThat(parsed.text()).isEqualTo("hola");
        assertThat(parsed.entities()).containsExactly(new Entity("bold", 0, 4, null));
    }

    @Test
    void commandsLinksAndMentionsAreDetectedButNotInsideCode() {
        Parsed parsed = TelegramText.parse("/start abc, mira https://slep.cl. y @coordinacion <code>/no</code>", "HTML");

        assertThat(parsed.entities()).containsExactly(
                new Entity("bot_command", 0, 6, null),
                new Entity("url", 17, 15, null),
                new Entity("mention", 36, 13, null),
                new Entity("code", 50, 3, null));
    }

    @Test
    void commandWithBotNameIsOneEntity() {
        assertThat(TelegramText.parse("/ayuda@encuentros_bot", null).entities())
                .containsExactly(new Entity("bot_command", 0, 21, null));
    }

    @Test
    void markdownV2BecomesPlainTextWithEntities() {
        Parsed parsed = TelegramText.parse(
                "*Encuentro* de la _Red PIE_ __hoy__ ~no~ ||secreto|| `c\\`ódigo` [ver](https://slep.cl/x?a=1\\)) 1\\.5 \\!", "MarkdownV2");

        assertThat(parsed.text()).isEqualTo("Encuentro de la Red PIE hoy no secreto c`ódigo ver 1.5 !");
        assertThat(parsed.entities()).containsExactly(
                new Entity("bold", 0, 9, null),
                new Entity("italic", 16, 7, null),
                new Entity("underline", 24, 3, null),
                new Entity("strikethrough", 28, 2, null),
                new Entity("spoiler", 31, 7, null),
                new Entity("code", 39, 7, null),
                new Entity("text_link", 47, 3, "https://slep.cl/x?a=1)"));
    }

    @Test
    void markdownV2NestsEntitiesAndReadsPreBlocksAndQuotations() {
        Parsed parsed = TelegramText.parse("*negrita _y cursiva_*\n```java\nint a = 1;\n```\n>cita\n>larga\nfin", "MarkdownV2");

        assertThat(parsed.text()).isEqualTo("negrita y cursiva\nint a = 1;\n\ncita\nlarga\nfin");
        assertThat(parsed.entities()).containsExactly(
                new Entity("bold", 0, 17, null),
                new Entity("italic", 8, 9, null),
                new Entity("pre", 18, 11, null),
                new Entity("blockquote", 30, 10, null));
    }

    @Test
    void unescapedReservedCharacterInMarkdownV2FailsWithTelegramsWords() {
        assertThatThrownBy(() -> TelegramText.parse("Nos vemos el jueves.", "MarkdownV2"))
                .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.answer().description()).isEqualTo(
                        "Bad Request: can't parse entities: Character '.' is reserved and must be escaped with the preceding '\\'"));
        assertThatThrownBy(() -> TelegramText.parse("Sala 2-B", "MarkdownV2"))
                .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.answer().description())
                        .endsWith("Character '-' is reserved and must be escaped with the preceding '\\'"));
        assertThatThrownBy(() -> TelegramText.parse("ñandú *sin cerrar", "MarkdownV2"))
                .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.answer().description())
                        .isEqualTo("Bad Request: can't parse entities: Can't find end of Bold entity at byte offset 8"));
        assertThat(TelegramText.parse("Nos vemos el jueves\\.", "markdownv2").text()).isEqualTo("Nos vemos el jueves.");
    }

    @Test
    void onlyTelegramsParseModesAreAccepted() {
        assertThat(TelegramText.parse("<b>a</b>", "html").entities()).hasSize(1);
        assertThat(TelegramText.parse("*a*", "Markdown").text()).isEqualTo("*a*");
        assertThat(TelegramText.parse("a.b", "none").text()).isEqualTo("a.b");
        assertThatThrownBy(() -> TelegramText.parse("hola", "Textile"))
                .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.answer().description())
                        .isEqualTo("Bad Request: unsupported parse_mode"));
    }
}
