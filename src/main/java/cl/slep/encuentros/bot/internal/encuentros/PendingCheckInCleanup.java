package cl.slep.encuentros.bot.internal.encuentros;

import cl.slep.encuentros.scheduler.DailyTask;
import java.time.LocalTime;
import org.springframework.stereotype.Component;

/**
 * Forgets the codes of people who scanned but never finished registering, once their encuentro ended: nothing is
 * kept of someone who did not consent longer than it can serve them. Offered to the scheduler as a daily task.
 */
@Component
class PendingCheckInCleanup implements DailyTask {

    private final PendingCheckIns pending;

    PendingCheckInCleanup(PendingCheckIns pending) {
        this.pending = pending;
    }

    @Override
    public String name() {
        return "bot-pending-checkin-cleanup";
    }

    @Override
    public LocalTime at() {
        return LocalTime.of(4, 15);
    }

    @Override
    public void run() {
        pending.forgetExpired();
    }
}
