package cl.slep.encuentros.encuentros;

/**
 * Counts of one encuentro, overall or for one establishment. The answers count the people invited; present counts
 * everyone checked in, guests (checked in without an invitation) included.
 */
public record AttendanceCounts(int yes, int maybe, int no, int noAnswer, int present, int guests) {

    static final AttendanceCounts ZERO = new AttendanceCounts(0, 0, 0, 0, 0, 0);

    public int invited() {
        return yes + maybe + no + noAnswer;
    }

    AttendanceCounts plus(InvitationView invitation) {
        boolean invited = !invitation.guest();
        Answer answer = invitation.answer();
        return new AttendanceCounts(
                yes + (invited && answer == Answer.YES ? 1 : 0),
                maybe + (invited && answer == Answer.MAYBE ? 1 : 0),
                no + (invited && answer == Answer.NO ? 1 : 0),
                noAnswer + (invited && answer == Answer.NONE ? 1 : 0),
                present + (invitation.present() ? 1 : 0),
                guests + (invitation.guest() ? 1 : 0));
    }
}
