package cl.slep.encuentros.scheduler.internal;

import cl.slep.encuentros.civiltime.CivilTime;
import cl.slep.encuentros.scheduler.DailyJobs;
import cl.slep.encuentros.scheduler.DailyTask;
import java.util.List;
import java.util.Set;
import org.quartz.JobDataMap;
import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Stores every daily task's job and trigger, replacing what the job store holds under the same name, so a time
 * changed in code takes effect at the next start (Boot's own registration keeps a stored trigger as it was).
 */
@Component
class JobRegistrar implements SmartInitializingSingleton {

    private final Scheduler scheduler;
    private final List<DailyTask> tasks;
    private final CivilTime civilTime;
    private final EventResubmission resubmission;

    JobRegistrar(Scheduler scheduler, List<DailyTask> tasks, CivilTime civilTime, EventResubmission resubmission) {
        this.scheduler = scheduler;
        this.tasks = tasks;
        this.civilTime = civilTime;
        this.resubmission = resubmission;
    }

    @Override
    public void afterSingletonsInstantiated() {
        try {
            for (DailyTask task : tasks) {
                JobDataMap data = new JobDataMap();
                data.put(DailyTaskJob.TASK, task.name());
                JobDetail job = DailyJobs.job(task.name(), DailyTaskJob.class, data);
                Trigger trigger = DailyJobs.trigger(job, task.at(), civilTime.zone());
                scheduler.scheduleJob(job, Set.of(trigger), true);
            }
            scheduler.scheduleJob(resubmission.job(), Set.of(resubmission.trigger()), true);
        } catch (SchedulerException e) {
            throw new IllegalStateException("Jobs could not be stored", e);
        }
    }
}
