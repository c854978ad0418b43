package cl.slep.encuentros.encuentros;

/** A person's answer to an invitation; NONE until they answer. */
public enum Answer {
    NONE,
    YES,
    MAYBE,
    NO
}
