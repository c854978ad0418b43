/**
 * Encuentros: the meetings of one or more networks, from draft to publication, change, cancellation and end; the
 * invitations and their answers with the waiting list; check-in codes; attendance; the .ics file and the Google
 * Calendar link. It writes no text for Telegram: what must be said (an invitation, a place offered, a change) is an
 * event the bot renders. Participants and networks belong to {@code participants}, read through its public API.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"participants"})
package cl.slep.encuentros.encuentros;
