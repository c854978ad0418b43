package cl.slep.encuentros.bot.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Handled updates are kept a week, then deleted: Telegram re-delivers an unconfirmed update for 24 hours at most,
 * so after that their ids no longer protect against duplicates, and their content is personal data.
 */
@Configuration(proxyBeanMethods = false)
class InboxCleanup {

    static final String JOB = "bot-inbox-cleanup";
    static final Duration KEEP = Duration.ofDays(7);
    private static final Logger log = LoggerFactory.getLogger(InboxCleanup.class);

    @Bean
    JobDetail inboxCleanupJob() {
        return JobBuilder.newJob(InboxCleanupJob.class).withIdentity(JOB).storeDurably().build();
    }

    @Bean
    Trigger inboxCleanupTrigger(JobDetail inboxCleanupJob) {
        return TriggerBuilder.newTrigger().forJob(inboxCleanupJob).withIdentity(JOB)
                .withSchedule(CronScheduleBuilder.dailyAtHourAndMinute(4, 10)
                        .inTimeZone(TimeZone.getTimeZone("America/Santiago")))
                .build();
    }

    /** Deletes handled updates received more than a week ago; returns how many. */
    static int run(InboxStore inbox, Clock clock) {
        int deleted = inbox.forgetHandledBefore(clock.instant().minus(KEEP));
        if (deleted > 0) {
            log.info("Deleted {} handled updates older than {} days", deleted, KEEP.toDays());
        }
        return deleted;
    }

    @DisallowConcurrentExecution
    static class InboxCleanupJob implements Job {

        private final InboxStore inbox;
        private final Clock clock;

        InboxCleanupJob(InboxStore inbox, Clock clock) {
            this.inbox = inbox;
            this.clock = clock;
        }

        @Override
        public void execute(JobExecutionContext context) {
            run(inbox, clock);
        }
    }
}
