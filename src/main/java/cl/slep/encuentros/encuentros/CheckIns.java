package cl.slep.encuentros.encuentros;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Check-in with the encuentro's QR code (the deep link's {@code ci_<code>}), valid from
 * {@code ENCUENTROS_CHECKIN_OPENS} before the start until the end; or by hand by a coordinator. Someone not invited
 * is checked in too, as a guest. Checking in twice counts once.
 */
@Service
public class CheckIns {

    private final EncuentroRepository encuentros;
    private final InvitationRepository invitations;
    private final StaffAccess access;
    private final EncuentroLock lock;
    private final EncuentrosProperties properties;
    private final Clock clock;

    CheckIns(EncuentroRepository encuentros, InvitationRepository invitations, StaffAccess access,
            EncuentroLock lock, EncuentrosProperties properties, Clock clock) {
        this.lock = lock;
        this.encuentros = encuentros;
        this.invitations = invitations;
        this.access = access;
        this.properties = properties;
        this.clock = clock;
    }

    /** A scanned code, with or without its {@code ci_} prefix. */
    @Transactional
    public CheckInResult checkIn(String code, long participantId) {
        Optional<CheckInCode> parsed = CheckInCode.parse(code);
        if (parsed.isEmpty()) {
            return CheckInResult.refused(CheckInOutcome.MALFORMED, null);
        }
        Optional<Encuentro> found = encuentros.findByCheckinCode(parsed.get().value());
        if (found.isEmpty() || found.get().status() == EncuentroStatus.DRAFT) {
            return CheckInResult.refused(CheckInOutcome.UNKNOWN_CODE, null);
        }
        Encuentro encuentro = found.get();
        Instant now = clock.instant();
        if (encuentro.status() == EncuentroStatus.CANCELLED) {
            return CheckInResult.refused(CheckInOutcome.CANCELLED, encuentro.id());
        }
        if (now.isBefore(encuentro.startInstant().minus(properties.checkinOpens()))) {
            return CheckInResult.refused(CheckInOutcome.NOT_YET_OPEN, encuentro.id());
        }
        if (encuentro.status() == EncuentroStatus.ENDED || !now.isBefore(encuentro.endInstant())) {
            return CheckInResult.refused(CheckInOutcome.CLOSED, encuentro.id());
        }
        return mark(encuentro.id(), participantId, now);
    }

    /** A code scanned where one encuentro is expected (a coordinator's screen): another's is refused as such. */
    @Transactional
    public CheckInResult checkIn(long expectedEncuentroId, String code, long participantId) {
        Optional<CheckInCode> parsed = CheckInCode.parse(code);
        if (parsed.isPresent()) {
            Optional<Encuentro> found = encuentros.findByCheckinCode(parsed.get().value());
            if (found.isPresent() && found.get().id() != expectedEncuentroId) {
                return CheckInResult.refused(CheckInOutcome.OTHER_ENCUENTRO, found.get().id());
            }
        }
        return checkIn(code, participantId);
    }

    /**
     * A coordinator marks someone present, e.g. who has no phone at hand: at any time while the encuentro is
     * published or after it ended (a paper list typed in later), not while a draft or cancelled.
     */
    @Transactional
    public CheckInResult checkInByHand(long actorTelegramId, long encuentroId, long participantId) {
        Encuentro encuentro = encuentros.findById(encuentroId)
                .orElseThrow(() -> new IllegalArgumentException("No encuentro " + encuentroId));
        access.require(actorTelegramId, encuentro);
        if (encuentro.status() == EncuentroStatus.CANCELLED) {
            return CheckInResult.refused(CheckInOutcome.CANCELLED, encuentroId);
        }
        if (encuentro.status() == EncuentroStatus.DRAFT) {
            return CheckInResult.refused(CheckInOutcome.UNKNOWN_CODE, encuentroId);
        }
        return mark(encuentroId, participantId, clock.instant());
    }

    /**
     * The encuentro a scanned code names, drafts excepted (a draft's code is not shown yet): to say which encuentro
     * a refused or pending check-in is about.
     */
    @Transactional(readOnly = true)
    public Optional<EncuentroView> encuentroOf(String code) {
        return CheckInCode.parse(code).flatMap(parsed -> encuentros.findByCheckinCode(parsed.value()))
                .filter(encuentro -> encuentro.status() != EncuentroStatus.DRAFT).map(Encuentro::view);
    }

    /** When the encuentro's code starts to work ({@code ENCUENTROS_CHECKIN_OPENS} before its start). */
    public Instant opensAt(EncuentroView encuentro) {
        return encuentro.startInstant().minus(properties.checkinOpens());
    }

    /** Who is invited and who is present, for a coordinator who may manage the encuentro. */
    @Transactional(readOnly = true)
    public CheckInRoster roster(long actorTelegramId, long encuentroId) {
        Encuentro encuentro = encuentros.findById(encuentroId)
                .orElseThrow(() -> new IllegalArgumentException("No encuentro " + encuentroId));
        access.require(actorTelegramId, encuentro);
        Set<Long> invited = new HashSet<>();
        Set<Long> present = new HashSet<>();
        for (Invitation invitation : invitations.findByEncuentroIdOrderById(encuentroId)) {
            if (invitation.participantId() == null) {
                continue;
            }
            if (!invitation.guest()) {
                invited.add(invitation.participantId());
            }
            if (invitation.checkedInAt() != null) {
                present.add(invitation.participantId());
            }
        }
        return new CheckInRoster(invited, present);
    }

    /** Under the encuentro's lock: two scans of one person at once (a double tap) make one row, not two. */
    private CheckInResult mark(long encuentroId, long participantId, Instant now) {
        lock.lock(encuentroId);
        Optional<Invitation> found = invitations.findByEncuentroIdAndParticipantId(encuentroId, participantId);
        if (found.isEmpty()) {
            invitations.save(Invitation.guest(encuentroId, participantId, now));
            return new CheckInResult(CheckInOutcome.CHECKED_IN, encuentroId, now, true);
        }
        Invitation invitation = found.get();
        if (invitation.checkedInAt() != null) {
            return new CheckInResult(CheckInOutcome.ALREADY_CHECKED_IN, encuentroId, invitation.checkedInAt(),
                    invitation.guest());
        }
        invitation.checkIn(now);
        return new CheckInResult(CheckInOutcome.CHECKED_IN, encuentroId, now, invitation.guest());
    }
}
