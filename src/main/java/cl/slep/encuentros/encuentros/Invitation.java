package cl.slep.encuentros.encuentros;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

@Entity
@Table(name = "invitation")
class Invitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "encuentro_id", nullable = false)
    private long encuentroId;

    @Column(name = "participant_id")
    private Long participantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Answer answer;

    @Enumerated(EnumType.STRING)
    @Column(length = 12)
    private Place place;

    @Column(name = "waitlist_order")
    private Long waitlistOrder;

    @Column(name = "invited_at", nullable = false)
    private Instant invitedAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "checked_in_at")
    private Instant checkedInAt;

    @Column(nullable = false)
    private boolean guest;

    @Version
    private long version;

    protected Invitation() {
    }

    private Invitation(long encuentroId, long participantId, Instant now, boolean guest) {
        this.encuentroId = encuentroId;
        this.participantId = participantId;
        this.answer = Answer.NONE;
        this.invitedAt = now;
        this.guest = guest;
    }

    static Invitation invite(long encuentroId, long participantId, Instant now) {
        return new Invitation(encuentroId, participantId, now, false);
    }

    /** Someone checked in without an invitation. */
    static Invitation guest(long encuentroId, long participantId, Instant now) {
        Invitation guest = new Invitation(encuentroId, participantId, now, true);
        guest.checkedInAt = now;
        return guest;
    }

    void answer(Answer newAnswer, Place newPlace, Long newWaitlistOrder, Instant now) {
        this.answer = newAnswer;
        this.place = newPlace;
        this.waitlistOrder = newPlace == Place.WAITLISTED ? newWaitlistOrder : null;
        this.answeredAt = now;
    }

    void promote() {
        this.place = Place.CONFIRMED;
        this.waitlistOrder = null;
    }

    void checkIn(Instant now) {
        if (checkedInAt == null) {
            this.checkedInAt = now;
        }
    }

    long encuentroId() {
        return encuentroId;
    }

    Long participantId() {
        return participantId;
    }

    Answer answer() {
        return answer;
    }

    Place place() {
        return place;
    }

    Long waitlistOrder() {
        return waitlistOrder;
    }

    Instant checkedInAt() {
        return checkedInAt;
    }

    boolean guest() {
        return guest;
    }

    InvitationView view(Integer waitlistPosition) {
        return new InvitationView(encuentroId, participantId, answer, place, waitlistPosition, invitedAt, answeredAt,
                checkedInAt, guest);
    }
}
