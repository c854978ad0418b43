package cl.slep.encuentros.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cl.slep.encuentros.runmode.RunMode;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.TelegramUrl;

class TelegramEndpointTests {

    @Test
    void readsSchemeHostAndPort() {
        TelegramUrl url = TelegramEndpoint.parse("http://bot-api.local:8081");
        assertThat(url.getSchema()).isEqualTo("http");
        assertThat(url.getHost()).isEqualTo("bot-api.local");
        assertThat(url.getPort()).isEqualTo(8081);
    }

    @Test
    void defaultsThePortFromTheScheme() {
        assertThat(TelegramEndpoint.parse("https://api.telegram.org").getPort()).isEqualTo(443);
        assertThat(TelegramEndpoint.parse("http://localhost").getPort()).isEqualTo(80);
    }

    @Test
    void refusesWhatIsNotAnHttpUrl() {
        assertThatThrownBy(() -> TelegramEndpoint.parse("ftp://example.org")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withoutATokenItIsSimulatorMode() {
        TelegramEndpoint endpoint = new TelegramEndpoint(new TelegramProperties("", "https://api.telegram.org", "1:sim"), new RunMode(true));
        assertThat(endpoint.simulatorMode()).isTrue();
        assertThat(endpoint.token()).isEqualTo("1:sim");
        assertThat(endpoint.ready()).isFalse();
    }
}
