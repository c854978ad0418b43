package cl.slep.encuentros.bot.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextsShortenTests {

    @Test
    void aShortTextIsKeptAsItIs() {
        assertThat(Texts.shorten("Ana Rojas 🌵", 11)).isEqualTo("Ana Rojas 🌵");
    }

    @Test
    void aLongTextIsCutToTheLimitWithAnEllipsis() {
        assertThat(Texts.shorten("Escuela Básica República de Chile", 12)).isEqualTo("Escuela Bás…");
    }

    @Test
    void aCutNeverSplitsAnEmojiOrALetterFromItsAccent() {
        String name = "María 😀😀😀😀😀";
        for (int max = 2; max < 12; max++) {
            String shortened = Texts.shorten(name, max);
            assertThat(shortened.codePoints().filter(cp -> Character.getType(cp) == Character.SURROGATE).count())
                    .as("no lone surrogate at max %d: %s", max, shortened).isZero();
        }
        assertThat(Texts.shorten(name, 8)).isEqualTo("María 😀…");
        String decomposed = "Jose\u0301 Pe\u0301rez Soto";
        assertThat(Texts.shorten(decomposed, 5)).isEqualTo("Jose\u0301…");
    }
}
