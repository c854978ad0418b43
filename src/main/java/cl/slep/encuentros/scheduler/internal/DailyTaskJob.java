package cl.slep.encuentros.scheduler.internal;

import cl.slep.encuentros.scheduler.DailyTask;
import java.util.List;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

/** Runs the {@link DailyTask} named in the job's data. */
@DisallowConcurrentExecution
class DailyTaskJob implements Job {

    static final String TASK = "task";

    private final List<DailyTask> tasks;

    DailyTaskJob(List<DailyTask> tasks) {
        this.tasks = tasks;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        String name = context.getMergedJobDataMap().getString(TASK);
        tasks.stream().filter(task -> task.name().equals(name)).findFirst()
                .orElseThrow(() -> new JobExecutionException("No daily task named " + name))
                .run();
    }
}
