package cl.slep.encuentros.bot.internal;

import cl.slep.encuentros.scheduler.DailyTask;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Handled updates are kept a week, then deleted: Telegram re-delivers an unconfirmed update for 24 hours at most,
 * so after that their ids no longer protect against duplicates, and their content is personal data. The
 * scheduler runs it daily; it is offered as a {@link DailyTask} because the scheduler may not depend on the bot.
 */
@Component
class InboxCleanup implements DailyTask {

    static final String JOB = "bot-inbox-cleanup";
    static final Duration KEEP = Duration.ofDays(7);
    private static final Logger log = LoggerFactory.getLogger(InboxCleanup.class);

    private final InboxStore inbox;
    private final Clock clock;

    InboxCleanup(InboxStore inbox, Clock clock) {
        this.inbox = inbox;
        this.clock = clock;
    }

    @Override
    public String name() {
        return JOB;
    }

    @Override
    public LocalTime at() {
        return LocalTime.of(4, 10);
    }

    @Override
    public void run() {
        run(inbox, clock);
    }

    /** Deletes handled updates received more than a week ago; returns how many. */
    static int run(InboxStore inbox, Clock clock) {
        int deleted = inbox.forgetHandledBefore(clock.instant().minus(KEEP));
        if (deleted > 0) {
            log.info("Deleted {} handled updates older than {} days", deleted, KEEP.toDays());
        }
        return deleted;
    }
}
