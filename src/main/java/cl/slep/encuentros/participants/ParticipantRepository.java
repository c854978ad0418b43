package cl.slep.encuentros.participants;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ParticipantRepository extends JpaRepository<Participant, Long> {

    Optional<Participant> findByTelegramUserId(long telegramUserId);

    List<Participant> findByLastSeenAtBeforeAndRetentionWarnedAtIsNull(Instant cutoff);

    List<Participant> findByRetentionWarnedAtBefore(Instant cutoff);


    List<Participant> findByNetworkIdsContains(long networkId);
}
