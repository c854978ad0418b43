package cl.slep.encuentros.scheduler.internal;

import cl.slep.encuentros.scheduler.ReminderDispatch;
import cl.slep.encuentros.scheduler.internal.ReminderPolicy.Kind;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;

/** One reminder or nudge of one encuentro, found due: sent unless the encuentro has started meanwhile. */
class ReminderJob implements Job {

    static final String ENCUENTRO = "encuentro";
    static final String KIND = "kind";
    static final String OFFSET = "offset";
    static final String START = "start";

    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

    private final ReminderPolicy policy;
    private final ObjectProvider<ReminderDispatch> dispatch;
    private final Clock clock;

    ReminderJob(ReminderPolicy policy, ObjectProvider<ReminderDispatch> dispatch, Clock clock) {
        this.policy = policy;
        this.dispatch = dispatch;
        this.clock = clock;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        JobDataMap data = context.getMergedJobDataMap();
        run(data.getLong(ENCUENTRO), Kind.valueOf(data.getString(KIND)), CivilOffset.parse(data.getString(OFFSET)),
                LocalDateTime.parse(data.getString(START)));
    }

    void run(long encuentroId, Kind kind, CivilOffset offset, LocalDateTime start) throws JobExecutionException {
        if (!policy.stillWorthSending(start, clock.instant())) {
            log.info("Encuentro {}: {} {} dropped, the encuentro has started", encuentroId, kind, offset);
            return;
        }
        ReminderDispatch sender = dispatch.getIfAvailable();
        if (sender == null) {
            throw new JobExecutionException("Nothing sends reminders (no ReminderDispatch bean)");
        }
        // Who counts is decided at the moment the offset names, not the one quiet hours moved it to.
        Instant nominal = policy.nominal(offset, start);
        if (kind == Kind.NUDGE) {
            sender.nudge(encuentroId, nominal);
        } else {
            sender.remind(encuentroId, offset.text(), nominal);
        }
    }
}
