package cl.slep.encuentros.bot.internal.encuentros;

/** Why a typed capacity was not taken. */
public enum CapacityProblem {
    UNREADABLE,
    NOT_POSITIVE,
    TOO_LARGE
}
