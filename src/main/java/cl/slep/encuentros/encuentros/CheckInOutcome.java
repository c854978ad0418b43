package cl.slep.encuentros.encuentros;

/** What a check-in did, or why it was refused. */
public enum CheckInOutcome {
    CHECKED_IN,
    /** Scanned again: it counts once, at the first time. */
    ALREADY_CHECKED_IN,
    MALFORMED,
    UNKNOWN_CODE,
    /** A valid code, but of another encuentro than the one expected. */
    OTHER_ENCUENTRO,
    /** Earlier than {@code ENCUENTROS_CHECKIN_OPENS} before the start. */
    NOT_YET_OPEN,
    /** After the end. */
    CLOSED,
    CANCELLED;

    public boolean present() {
        return this == CHECKED_IN || this == ALREADY_CHECKED_IN;
    }
}
