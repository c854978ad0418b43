/**
 * Participants, establishments, networks, staff roles, consent, data export, erasure and retention. It writes no
 * text for Telegram: what must be said (the retention notice) is an event the bot renders. It uses messaging only
 * to keep the sender in step with the person: their delivery preferences, and forgetting their chat on erasure;
 * messaging is the source of reachability, which it reports by events.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"messaging"})
package cl.slep.encuentros.participants;
