package cl.slep.encuentros.scheduler.internal;

import cl.slep.encuentros.scheduler.internal.ReminderPolicy.Moment;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.matchers.GroupMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps each encuentro's reminders and nudge in Quartz's job store: one one-shot trigger per moment, in a job group
 * of the encuentro, so a change re-plans them all and a cancellation removes them all.
 */
@Component
class ReminderPlanner {

    static final String GROUP_PREFIX = "encuentro:";

    private static final Logger log = LoggerFactory.getLogger(ReminderPlanner.class);

    private final Scheduler scheduler;
    private final ReminderPolicy policy;
    private final Clock clock;

    ReminderPlanner(Scheduler scheduler, ReminderPolicy policy, Clock clock) {
        this.scheduler = scheduler;
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * Replaces whatever was planned for the encuentro with the moments still ahead of a start at {@code start}, and
     * its end at {@code end} (quiet hours do not apply to it: nobody is messaged).
     */
    void plan(long encuentroId, LocalDateTime start, LocalDateTime end) {
        plan(encuentroId, start, end, clock.instant());
    }

    /**
     * As {@link #plan(long, LocalDateTime, LocalDateTime)}, with the moments since {@code since} too (null: none): one
     * that fell due after the encuentro was published but before its moments were planned (the application stopped
     * in between) goes out at once, as a moment missed while it was down does.
     */
    void plan(long encuentroId, LocalDateTime start, LocalDateTime end, Instant since) {
        try {
            cancel(encuentroId);
            Instant now = clock.instant();
            for (Moment moment : policy.timeline(start, since != null && since.isBefore(now) ? since : now)) {
                JobDetail job = job(encuentroId, start, moment);
                Instant at = moment.due().isAfter(now) ? moment.due() : now;
                scheduler.scheduleJob(job, Set.of(trigger(job, at)), true);
            }
            JobDetail ending = JobBuilder.newJob(EncuentroEndJob.class).withIdentity("end", group(encuentroId))
                    .usingJobData(EncuentroEndJob.ENCUENTRO, encuentroId).usingJobData(EncuentroEndJob.END, end.toString())
                    .requestRecovery(true).build();
            scheduler.scheduleJob(ending, Set.of(trigger(ending, policy.startOf(end))), true);
        } catch (SchedulerException e) {
            throw new IllegalStateException("Reminders of encuentro " + encuentroId + " could not be planned", e);
        }
    }

    void cancel(long encuentroId) {
        try {
            Set<JobKey> jobs = scheduler.getJobKeys(GroupMatcher.jobGroupEquals(group(encuentroId)));
            if (!jobs.isEmpty()) {
                scheduler.deleteJobs(List.copyOf(jobs));
            }
        } catch (SchedulerException e) {
            throw new IllegalStateException("Reminders of encuentro " + encuentroId + " could not be removed", e);
        }
    }

    static String group(long encuentroId) {
        return GROUP_PREFIX + encuentroId;
    }

    static Trigger trigger(JobDetail job, Instant at) {
        // A moment missed while no instance ran fires as soon as one starts; the job drops it after the start.
        return TriggerBuilder.newTrigger().forJob(job).withIdentity(job.getKey().getName(), job.getKey().getGroup())
                .startAt(Date.from(at))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                .build();
    }

    private static JobDetail job(long encuentroId, LocalDateTime start, Moment moment) {
        String name = moment.kind() == ReminderPolicy.Kind.NUDGE ? "nudge" : "reminder:" + moment.offset().text();
        log.debug("Encuentro {}: {} at {}", encuentroId, name, moment.due());
        return JobBuilder.newJob(ReminderJob.class).withIdentity(name, group(encuentroId))
                .usingJobData(ReminderJob.ENCUENTRO, encuentroId)
                .usingJobData(ReminderJob.KIND, moment.kind().name())
                .usingJobData(ReminderJob.OFFSET, moment.offset().text())
                .usingJobData(ReminderJob.START, start.toString())
                // Recovered after a crash mid-run: the dispatch de-duplicates by its outbox keys.
                .requestRecovery(true)
                .build();
    }
}
