package cl.slep.encuentros.scheduler.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.stereotype.Component;

/**
 * Modulith resubmits incomplete event publications only at start-up; an erasure whose listener failed would then
 * wait for the next deployment with the person's data still in another module. This job resubmits, every
 * interval, the publications still incomplete after {@code resubmitAfter} (long enough that a listener still
 * running is not started twice; listeners are idempotent anyway). A clustered job: one instance does it.
 */
@Component
class EventResubmission {

    static final String JOB = "scheduler-event-resubmission";
    private static final Logger log = LoggerFactory.getLogger(EventResubmission.class);

    private final IncompleteEventPublications publications;
    private final SchedulerProperties properties;

    EventResubmission(IncompleteEventPublications publications, SchedulerProperties properties) {
        this.publications = publications;
        this.properties = properties;
    }

    /** Resubmits what is still incomplete after the configured delay. */
    void resubmit() {
        Duration after = properties.resubmitEventsAfter();
        log.debug("Resubmitting event publications incomplete for more than {}", after);
        publications.resubmitIncompletePublicationsOlderThan(after);
    }

    JobDetail job() {
        return JobBuilder.newJob(ResubmissionJob.class).withIdentity(JOB).storeDurably().build();
    }

    Trigger trigger() {
        // Not at start-up: Modulith republishes outstanding events then already.
        Date firstRun = Date.from(Instant.now().plus(properties.resubmitEventsEvery()));
        return TriggerBuilder.newTrigger().withIdentity(JOB).forJob(JOB).startAt(firstRun)
                .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                        .withIntervalInMilliseconds(properties.resubmitEventsEvery().toMillis()).repeatForever()
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
    }

    @DisallowConcurrentExecution
    static class ResubmissionJob implements Job {

        private final EventResubmission resubmission;

        ResubmissionJob(EventResubmission resubmission) {
            this.resubmission = resubmission;
        }

        @Override
        public void execute(JobExecutionContext context) {
            resubmission.resubmit();
        }
    }
}
