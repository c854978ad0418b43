package cl.slep.encuentros.messaging.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SendWindowTests {

    private static final long MS = 1_000_000;

    @Test
    void theThirtyFirstSendWaitsUntilTheFirstLeavesTheWindow() {
        SendWindow window = new SendWindow(30, Duration.ofSeconds(1));
        for (int i = 0; i < 30; i++) {
            assertThat(window.nanosUntilAllowed(i * 10 * MS)).isZero();
            window.record(i * 10 * MS);
        }

        assertThat(window.nanosUntilAllowed(300 * MS)).isEqualTo(700 * MS);
        assertThat(window.nanosUntilAllowed(1000 * MS)).isZero();
        window.record(1000 * MS);
        assertThat(window.nanosUntilAllowed(1000 * MS)).isEqualTo(10 * MS);
    }
}
