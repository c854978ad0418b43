package cl.slep.encuentros.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextPartsTests {

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
}
