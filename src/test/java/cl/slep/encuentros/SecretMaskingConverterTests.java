package cl.slep.encuentros;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretMaskingConverterTests {

    @Test
    void masksBotTokensWhereverTheyAppear() {
        String line = "GET http://127.0.0.1:8080/bot123456:AAHk-x_yz0123456789/getUpdates failed";
        assertThat(SecretMaskingConverter.mask(line))
                .isEqualTo("GET http://127.0.0.1:8080/bot<token>/getUpdates failed");
    }

    @Test
    void leavesOrdinaryTextAlone() {
        assertThat(SecretMaskingConverter.mask("Update 700000123 handled at 09:30")).isEqualTo("Update 700000123 handled at 09:30");
    }
}
