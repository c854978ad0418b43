package cl.slep.encuentros.encuentros;

/** What a YES got: a place, or a turn on the waiting list when the capacity is full. */
public enum Place {
    CONFIRMED,
    WAITLISTED
}
