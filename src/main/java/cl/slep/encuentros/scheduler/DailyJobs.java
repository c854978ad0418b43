package cl.slep.encuentros.scheduler;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDataMap;
import org.quartz.JobDetail;
import org.quartz.TriggerBuilder;

/**
 * The one way to define a daily job. A cron in the civil zone, not a repeating 24 h interval (that drifts an hour
 * across a clock change); the job is recoverable, so a run cut short by a crash is run again by the next instance
 * to start; a run missed while no instance was up fires once as soon as one is (fire-and-proceed).
 */
public final class DailyJobs {

    private DailyJobs() {
    }

    public static JobDetail job(String name, Class<? extends Job> type, JobDataMap data) {
        return JobBuilder.newJob(type).withIdentity(name).usingJobData(data).storeDurably().requestRecovery(true)
                .build();
    }

    /** A trigger at this local time every day; refuses 00:00–00:59, which September's change day lacks. */
    public static CronTrigger trigger(JobDetail job, LocalTime at, ZoneId zone) {
        requireOutsideMissingHour(job.getKey().getName(), at);
        return TriggerBuilder.newTrigger().forJob(job).withIdentity(job.getKey().getName())
                .withSchedule(CronScheduleBuilder.dailyAtHourAndMinute(at.getHour(), at.getMinute())
                        .inTimeZone(TimeZone.getTimeZone(zone))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }

    static void requireOutsideMissingHour(String name, LocalTime at) {
        if (at.getHour() == 0) {
            throw new IllegalArgumentException("Daily job " + name + " at " + at
                    + ": 00:00-00:59 does not exist on the day the clocks go forward; choose another time");
        }
    }
}
