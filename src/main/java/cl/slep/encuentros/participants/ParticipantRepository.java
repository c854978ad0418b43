package cl.slep.encuentros.participants;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ParticipantRepository extends JpaRepository<Participant, Long> {

    Optional<Participant> findByTelegramUserId(long telegramUserId);
}
