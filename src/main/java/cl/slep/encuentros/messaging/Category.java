package cl.slep.encuentros.messaging;

/**
 * What a message is, for the person's choices in /preferencias (Ley 21.719: opposition and temporary blocking).
 * Independent of {@link Priority}: a survey is optional yet must not wait behind a bulk broadcast.
 */
public enum Category {
    /** Reminders, changes and cancellations of encuentros the person is invited to: dropped only when paused. */
    ESSENTIAL,
    /** Broadcasts, surveys, nudges: dropped when optional messages are muted, and when paused. */
    OPTIONAL,
    /** Notices the law requires (e.g. the warning before erasure for inactivity): sent even when paused. */
    LEGAL;

    /**
     * Whether the person's choices let a message through. A direct answer to the person's own action always
     * goes (they just asked), and so does a legal notice.
     */
    public boolean admitted(Priority priority, boolean allPaused, boolean optionalMuted) {
        if (priority == Priority.DIRECT || this == LEGAL) {
            return true;
        }
        if (allPaused) {
            return false;
        }
        return !(optionalMuted && this == OPTIONAL);
    }
}
