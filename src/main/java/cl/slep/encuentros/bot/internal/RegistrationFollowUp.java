package cl.slep.encuentros.bot.internal;

/**
 * Something a person asked for before registering, done once the registration completes (a check-in code they
 * scanned) or dropped if they decline the privacy notice.
 */
public interface RegistrationFollowUp {

    /** Right after the registration was stored and confirmed to the person. */
    void registered(Incoming in);

    /** The person declined: nothing of what they asked for is kept. */
    default void declined(Incoming in) {
    }
}
