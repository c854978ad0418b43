package cl.slep.encuentros.participants;

import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs retention once a day at 03:30 Chilean time: a cron in the zone (not a repeating 24 h interval, which drifts
 * an hour across a clock change), and outside 00:00–00:59, an hour that does not exist on September's change day.
 */
@Configuration(proxyBeanMethods = false)
class RetentionSchedule {

    static final String JOB = "participants-retention";

    @Bean
    JobDetail retentionJob() {
        return JobBuilder.newJob(RetentionJob.class).withIdentity(JOB).storeDurably().requestRecovery(true).build();
    }

    @Bean
    Trigger retentionTrigger(JobDetail retentionJob) {
        return TriggerBuilder.newTrigger().forJob(retentionJob).withIdentity(JOB)
                .withSchedule(CronScheduleBuilder.dailyAtHourAndMinute(3, 30)
                        .inTimeZone(TimeZone.getTimeZone(Retention.CHILE))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }

    @DisallowConcurrentExecution
    static class RetentionJob implements Job {

        private final Retention retention;

        RetentionJob(Retention retention) {
            this.retention = retention;
        }

        @Override
        public void execute(JobExecutionContext context) {
            retention.apply();
        }
    }
}
