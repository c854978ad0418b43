package cl.slep.encuentros.encuentros;

/**
 * The date, time or venue of a published encuentro changed: everyone who has not declined is told (old → new,
 * {@link Rsvp#toNotifyOfChange}), gets a new .ics with this {@code sequence}, and their reminders are planned anew.
 */
public record EncuentroRescheduled(long encuentroId, int sequence, Schedule before, Schedule after) {

    public boolean timeChanged() {
        return before.timeChanged(after);
    }

    public boolean venueChanged() {
        return before.venueChanged(after);
    }
}
