package cl.slep.encuentros.participants;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The participants module's public face. */
@Service
public class Participants {

    private final ParticipantRepository participants;

    Participants(ParticipantRepository participants) {
        this.participants = participants;
    }

    @Transactional(readOnly = true)
    public Optional<ParticipantProfile> findByTelegramUserId(long telegramUserId) {
        return participants.findByTelegramUserId(telegramUserId).map(Participants::profile);
    }

    /** Staff roles are granted by admins (next issue); until then everybody is a participant. */
    @Transactional(readOnly = true)
    public StaffRole roleOf(long telegramUserId) {
        return StaffRole.PARTICIPANT;
    }

    private static ParticipantProfile profile(Participant participant) {
        return new ParticipantProfile(participant.id(), participant.telegramUserId(), participant.fullName(),
                participant.reachable());
    }
}
