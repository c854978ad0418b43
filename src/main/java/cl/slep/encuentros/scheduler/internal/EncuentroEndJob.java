package cl.slep.encuentros.scheduler.internal;

import cl.slep.encuentros.encuentros.Encuentros;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** An encuentro reaches its end time: the encuentros module ends it (idempotent) and announces EncuentroEnded. */
class EncuentroEndJob implements Job {

    static final String ENCUENTRO = "encuentro";
    static final String END = "end";

    private final Encuentros encuentros;

    EncuentroEndJob(Encuentros encuentros) {
        this.encuentros = encuentros;
    }

    @Override
    public void execute(JobExecutionContext context) {
        encuentros.end(context.getMergedJobDataMap().getLong(ENCUENTRO));
    }
}
