/**
 * Demo data for simulator mode, and only for it: a few participants of Red de Directores, one encuentro next week
 * they have answered and one that ended yesterday with its attendance, so that a newcomer can try every part of the
 * encuentros in the web chat without configuring anything. Loaded once, through the modules' public services (so
 * events, invitations and reminders are the real ones); never into a database that has served the real bot.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"participants", "encuentros"})
package cl.slep.encuentros.demo;
