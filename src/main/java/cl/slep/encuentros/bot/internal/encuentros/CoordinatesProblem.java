package cl.slep.encuentros.bot.internal.encuentros;

/** Why typed coordinates were not taken. */
public enum CoordinatesProblem {
    UNREADABLE,
    OUT_OF_RANGE
}
