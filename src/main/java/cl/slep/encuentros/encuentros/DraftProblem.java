package cl.slep.encuentros.encuentros;

/** Why a draft cannot be saved or published; the bot and the panel word each one. */
public enum DraftProblem {
    TITLE_MISSING,
    TITLE_TOO_LONG,
    DESCRIPTION_TOO_LONG,
    VENUE_TOO_LONG,
    ADDRESS_TOO_LONG,
    /** Publication needs a venue name and an address. */
    VENUE_MISSING,
    START_MISSING,
    END_MISSING,
    END_NOT_AFTER_START,
    START_IN_PAST,
    NO_NETWORK,
    UNKNOWN_NETWORK,
    /** A published encuentro's invitations stay: networks may be added, not removed. */
    NETWORK_REMOVED,
    CAPACITY_NOT_POSITIVE,
    COORDINATES_INCOMPLETE,
    COORDINATES_OUT_OF_RANGE
}
