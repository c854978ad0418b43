package cl.slep.encuentros.encuentros;

/** What became of an answer, and the person's invitation after it. */
public record AnswerOutcome(Result result, InvitationView invitation) {

    public enum Result {
        RECORDED,
        /** The same answer again: nothing changed (a double tap). */
        UNCHANGED,
        /** The encuentro has started: answers are closed. */
        STARTED,
        /** A draft, cancelled or ended encuentro. */
        NOT_OPEN,
        NOT_INVITED
    }

    public boolean accepted() {
        return result == Result.RECORDED || result == Result.UNCHANGED;
    }
}
