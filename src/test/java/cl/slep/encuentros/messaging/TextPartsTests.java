package cl.slep.encuentros.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TextPartsTests {

    private static final Pattern TAG = Pattern.compile("<(/?)([a-z-]+)[^>]*>");

    @Test
    void shortTextIsOnePart() {
        assertThat(TextParts.split("hola", 4096)).containsExactly("hola");
    }

    @Test
    void cutsAtTheLastLineBreakThatFits() {
        List<String> parts = TextParts.split("aaaa\nbbbb\ncccc", 10);
        assertThat(parts).containsExactly("aaaa\nbbbb", "cccc");
    }

    @Test
    void aLineLongerThanTheLimitIsCutAtASpaceOrHard() {
        assertThat(TextParts.split("uno dos tres", 8)).containsExactly("uno dos", "tres");
        assertThat(TextParts.split("abcdefghij", 4)).containsExactly("abcd", "efgh", "ij");
    }

    @Test
    void neverSplitsASurrogatePair() {
        String text = "abc😀def";
        List<String> parts = TextParts.split(text, 4);
        assertThat(String.join("", parts)).isEqualTo(text);
        assertThat(parts).allSatisfy(part -> assertThat(Character.isHighSurrogate(part.charAt(part.length() - 1))).isFalse());
    }

    @Test
    void aBoldSpanAcrossTheCutIsClosedAndReopened() {
        String text = "<b>uno\ndos\ntres</b>\ncuatro";

        List<String> parts = TextParts.split(text, 14);

        assertThat(parts).containsExactly("<b>uno\ndos</b>", "<b>tres</b>", "cuatro");
    }

    @Test
    void aLongAnnouncementWithBoldSpansAcrossEveryCutGivesWellFormedPartsWithinTheLimit() {
        String text = IntStream.rangeClosed(1, 400)
                .mapToObj(line -> switch (line % 10) {
                    case 3 -> "<b>Inicio de una negrita de varias líneas " + line;
                    case 5 -> "Texto con <i>énfasis &amp; detalle</i> " + line;
                    case 8 -> "fin de la negrita " + line + "</b>";
                    default -> "Línea " + line + " &lt;texto&gt; del encuentro de la red.";
                })
                .collect(Collectors.joining("\n"));
        assertThat(text.length()).isGreaterThan(3 * 4096);

        List<String> parts = TextParts.split(text, 4096);

        assertThat(parts).hasSizeGreaterThan(3);
        assertThat(parts).allSatisfy(part -> {
            assertThat(part.length()).isLessThanOrEqualTo(4096);
            assertThat(wellFormed(part)).as("well-formed: %s", part).isTrue();
            assertThat(part).doesNotMatch("(?s).*&[a-z#0-9]*$").doesNotMatch("(?s).*<[^>]*$");
        });
        assertThat(visibleText(String.join("\n", parts))).isEqualTo(visibleText(text));
    }

    @Test
    void neverCutsInsideATagOrAnEntity() {
        String text = "<a href=\"https://example.org/a/very/long/path\">enlace</a> x &amp; y &amp; z";

        List<String> parts = TextParts.split(text, 60);

        assertThat(parts).allSatisfy(part -> {
            assertThat(part.length()).isLessThanOrEqualTo(60);
            assertThat(wellFormed(part)).as("well-formed: %s", part).isTrue();
        });
        assertThat(visibleText(String.join(" ", parts))).isEqualTo(visibleText(text));
    }

    private static boolean wellFormed(String html) {
        Deque<String> open = new ArrayDeque<>();
        Matcher tags = TAG.matcher(html);
        while (tags.find()) {
            if (tags.group(1).isEmpty()) {
                open.push(tags.group(2));
            } else if (open.isEmpty() || !open.pop().equals(tags.group(2))) {
                return false;
            }
        }
        return open.isEmpty() && html.chars().filter(c -> c == '<').count() == html.chars().filter(c -> c == '>').count();
    }

    private static String visibleText(String html) {
        return html.replaceAll("<[^>]+>", "");
    }
}
