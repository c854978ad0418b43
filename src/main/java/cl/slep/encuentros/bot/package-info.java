/**
 * The Telegram adapter: update intake, commands, buttons, conversations and texts. It calls the domain modules'
 * public services and queues messages through messaging; nothing depends on it. It may also use the scheduler,
 * only to offer its own daily housekeeping as a {@link cl.slep.encuentros.scheduler.DailyTask} (the scheduler
 * may not depend on the bot), and to send the reminders it finds due ({@link
 * cl.slep.encuentros.scheduler.ReminderDispatch}). Surveys and broadcasts join the list when they exist.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"participants", "messaging", "scheduler", "encuentros"})
package cl.slep.encuentros.bot;
