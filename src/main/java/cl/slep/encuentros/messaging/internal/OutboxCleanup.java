package cl.slep.encuentros.messaging.internal;

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
 * Finished outbox rows (sent, dropped, failed) are kept 90 days for delivery reports and de-duplication, then
 * deleted: they hold message texts and chat ids.
 */
@Configuration(proxyBeanMethods = false)
class OutboxCleanup {

    static final String JOB = "messaging-outbox-cleanup";
    static final Duration KEEP = Duration.ofDays(90);
    private static final Logger log = LoggerFactory.getLogger(OutboxCleanup.class);

    @Bean
    JobDetail outboxCleanupJob() {
        return JobBuilder.newJob(OutboxCleanupJob.class).withIdentity(JOB).storeDurably().build();
    }

    @Bean
    Trigger outboxCleanupTrigger(JobDetail outboxCleanupJob) {
        return TriggerBuilder.newTrigger().forJob(outboxCleanupJob).withIdentity(JOB)
                .withSchedule(CronScheduleBuilder.dailyAtHourAndMinute(4, 20)
                        .inTimeZone(TimeZone.getTimeZone("America/Santiago")))
                .build();
    }

    /** Deletes finished rows created more than 90 days ago; returns how many. */
    static int run(OutboxStore outbox, Clock clock) {
        int deleted = outbox.forgetFinishedBefore(clock.instant().minus(KEEP));
        if (deleted > 0) {
            log.info("Deleted {} sent, dropped or failed outbox rows older than {} days", deleted, KEEP.toDays());
        }
        return deleted;
    }

    @DisallowConcurrentExecution
    static class OutboxCleanupJob implements Job {

        private final OutboxStore outbox;
        private final Clock clock;

        OutboxCleanupJob(OutboxStore outbox, Clock clock) {
            this.outbox = outbox;
            this.clock = clock;
        }

        @Override
        public void execute(JobExecutionContext context) {
            run(outbox, clock);
        }
    }
}
