/**
 * When things happen: every Quartz job lives here. Daily housekeeping runs through {@link
 * cl.slep.encuentros.scheduler.DailyJobs} (a cron in the civil zone, recoverable, fired once after a missed run,
 * never at 00:00–00:59 local); the reminder, survey-dispatch and nudge jobs of encuentros and surveys will be
 * one-shot triggers here too. The scheduler calls the owning modules' public services. The bot module, which
 * nothing may depend on, offers its daily work as a {@link cl.slep.encuentros.scheduler.DailyTask} bean instead.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"participants", "messaging", "encuentros"})
package cl.slep.encuentros.scheduler;
