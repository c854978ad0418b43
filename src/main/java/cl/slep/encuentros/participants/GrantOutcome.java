package cl.slep.encuentros.participants;

/** What became of naming a coordinator; anything but {@link #GRANTED} changed nothing. */
public enum GrantOutcome {
    GRANTED,
    /** The person was registered when the admin chose them and has erased their data since. */
    PERSON_ERASED,
    /** The person's grants changed since the admin saw them (another admin, or the person erased them). */
    CHANGED_MEANWHILE
}
