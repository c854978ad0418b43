package cl.slep.encuentros.bot.internal.encuentros;

/** Why a typed date and start time was not taken. */
public enum StartProblem {
    UNREADABLE,
    /** A date was read but no time ("10/04"). */
    TIME_MISSING,
    /** 31/02, 30 de febrero. */
    NO_SUCH_DATE,
    /** 25:00, 9:75, 14 pm. */
    NO_SUCH_TIME,
    PAST,
    /** "jueves 11 de abril" when the 11th is a Saturday. */
    WEEKDAY_MISMATCH
}
