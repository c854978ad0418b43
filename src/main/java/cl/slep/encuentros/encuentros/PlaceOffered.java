package cl.slep.encuentros.encuentros;

/**
 * A place freed up (someone declined or the capacity grew) and went to the first on the waiting list, who is now
 * confirmed; the bot tells them, and they can still decline.
 */
public record PlaceOffered(long encuentroId, long participantId) {
}
