package cl.slep.encuentros.scheduler;

import java.time.LocalTime;

/**
 * Daily work a module offers to the scheduler without the scheduler depending on it (the bot's inbox cleanup):
 * every bean of this type is run once a day at {@link #at()} in the civil zone. {@link #run()} must be idempotent,
 * since a run interrupted by a crash is run again.
 */
public interface DailyTask {

    /** The Quartz job's name; keep it stable, it is stored in the job store. */
    String name();

    /** Local time of day; 00:00–00:59 is refused (that hour does not exist on September's change day). */
    LocalTime at();

    void run();
}
