package cl.slep.encuentros.messaging;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

import org.junit.jupiter.api.Test;

class InlineButtonTests {

    @Test
    void callbackDataIsAtMost64Bytes() {
        assertThatNoException().isThrownBy(() -> InlineButton.callback("Sí", "v1:" + "a".repeat(61)));
        assertThatThrownBy(() -> InlineButton.callback("Sí", "v1:" + "a".repeat(62)))
                .isInstanceOf(IllegalArgumentException.class);
        // Bytes, not characters: "ñ" is two bytes in UTF-8.
        assertThatThrownBy(() -> InlineButton.callback("Sí", "ñ".repeat(33))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aButtonHasACallbackOrALinkButNotBoth() {
        assertThatThrownBy(() -> new InlineButton("x", "v1:a", "https://example.org"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new InlineButton("x", null, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
