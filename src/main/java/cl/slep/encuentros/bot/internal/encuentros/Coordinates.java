package cl.slep.encuentros.bot.internal.encuentros;

/** A point in decimal degrees. */
public record Coordinates(double latitude, double longitude) {
}
