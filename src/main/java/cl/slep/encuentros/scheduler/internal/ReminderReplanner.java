package cl.slep.encuentros.scheduler.internal;

import cl.slep.encuentros.scheduler.internal.ReminderPolicy.Kind;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import org.quartz.JobDataMap;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At start-up, moves every planned reminder whose instant no longer matches the zone's rules (Chile has changed
 * its daylight-saving dates at short notice; a new JDK brings the new rules): what the coordinator planned is the
 * local time, so the reminder follows it.
 */
@Component
class ReminderReplanner {

    private static final Logger log = LoggerFactory.getLogger(ReminderReplanner.class);

    private final Scheduler scheduler;
    private final ReminderPolicy policy;
    private final Clock clock;

    ReminderReplanner(Scheduler scheduler, ReminderPolicy policy, Clock clock) {
        this.scheduler = scheduler;
        this.policy = policy;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void replanAtStartUp() {
        try {
            int moved = replan();
            if (moved > 0) {
                log.info("{} reminders re-planned under the current time-zone rules", moved);
            }
        } catch (SchedulerException e) {
            log.warn("Planned reminders could not be checked against the time-zone rules: {}", e.getMessage());
        }
    }

    int replan() throws SchedulerException {
        int moved = 0;
        for (JobKey key : scheduler.getJobKeys(GroupMatcher.jobGroupStartsWith(ReminderPlanner.GROUP_PREFIX))) {
            JobDetail job = scheduler.getJobDetail(key);
            Trigger trigger = job == null ? null : scheduler.getTrigger(TriggerKey.triggerKey(key.getName(),
                    key.getGroup()));
            if (trigger == null || trigger.getNextFireTime() == null) {
                continue;
            }
            Optional<Instant> due = dueUnderCurrentRules(job);
            Instant planned = trigger.getNextFireTime().toInstant();
            Instant now = clock.instant();
            // A moment missed while the application was down has been set by Quartz to fire at once (its misfire
            // instruction) before this runs: it differs from its due time, but it goes out now under any rules.
            if (due.isEmpty() || due.get().equals(planned) || !due.get().isAfter(now) && !planned.isAfter(now)) {
                continue;
            }
            // A new moment already past fires at once, as a missed one does.
            Instant at = due.get().isAfter(now) ? due.get() : now;
            scheduler.rescheduleJob(trigger.getKey(), ReminderPlanner.trigger(job, at));
            moved++;
        }
        return moved;
    }

    private Optional<Instant> dueUnderCurrentRules(JobDetail job) {
        JobDataMap data = job.getJobDataMap();
        if (EncuentroEndJob.class.equals(job.getJobClass())) {
            return Optional.of(policy.startOf(LocalDateTime.parse(data.getString(EncuentroEndJob.END))));
        }
        if (!ReminderJob.class.equals(job.getJobClass())) {
            return Optional.empty();
        }
        return policy.moment(Kind.valueOf(data.getString(ReminderJob.KIND)),
                CivilOffset.parse(data.getString(ReminderJob.OFFSET)),
                LocalDateTime.parse(data.getString(ReminderJob.START)), Instant.MIN).map(ReminderPolicy.Moment::due);
    }
}
