package cl.slep.encuentros.bot.internal.encuentros;

/** Why a typed end time or duration was not taken. */
public enum EndProblem {
    UNREADABLE,
    NO_SUCH_TIME,
    NOT_AFTER_START,
    /** Longer than {@link EndParser#LONGEST}: most likely a typing mistake. */
    TOO_LONG
}
