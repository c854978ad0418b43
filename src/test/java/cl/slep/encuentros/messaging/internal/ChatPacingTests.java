package cl.slep.encuentros.messaging.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ChatPacingTests {

    private static final long SECOND = Duration.ofSeconds(1).toNanos();
    private final ChatPacing pacing = new ChatPacing(Duration.ofSeconds(1), 20);

    @Test
    void onePrivateMessageASecond() {
        assertThat(pacing.nanosUntilAllowed(42, 0)).isZero();
        pacing.recordSend(42, 0);
        assertThat(pacing.nanosUntilAllowed(42, SECOND / 4)).isEqualTo(SECOND * 3 / 4);
        assertThat(pacing.nanosUntilAllowed(42, SECOND)).isZero();
        assertThat(pacing.nanosUntilAllowed(43, 0)).isZero();
    }

    @Test
    void twentyGroupMessagesAMinute() {
        long group = -1001;
        for (int i = 0; i < 20; i++) {
            assertThat(pacing.nanosUntilAllowed(group, i * SECOND)).isZero();
            pacing.recordSend(group, i * SECOND);
        }
        assertThat(pacing.nanosUntilAllowed(group, 20 * SECOND)).isEqualTo(40 * SECOND);
        assertThat(pacing.nanosUntilAllowed(group, 60 * SECOND)).isZero();
    }

    @Test
    void forgetsIdleChats() {
        pacing.recordSend(1, 0);
        pacing.recordSend(-2, 0);
        pacing.forgetIdle(61 * SECOND);
        assertThat(pacing.trackedChats()).isZero();
    }
}
