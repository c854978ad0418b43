package cl.slep.encuentros.encuentros;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface InvitationRepository extends JpaRepository<Invitation, Long> {

    Optional<Invitation> findByEncuentroIdAndParticipantId(long encuentroId, long participantId);

    List<Invitation> findByEncuentroIdOrderById(long encuentroId);

    List<Invitation> findByParticipantIdAndEncuentroIdIn(long participantId, Collection<Long> encuentroIds);

    List<Invitation> findByParticipantId(long participantId);

    long countByEncuentroIdAndPlace(long encuentroId, Place place);

    Optional<Invitation> findFirstByEncuentroIdAndPlaceOrderByWaitlistOrderAsc(long encuentroId, Place place);

    @Query("select coalesce(max(i.waitlistOrder), 0) from Invitation i where i.encuentroId = :encuentroId")
    long maxWaitlistOrder(@Param("encuentroId") long encuentroId);

    @Query("select count(i) from Invitation i where i.encuentroId = :encuentroId and i.place = :place"
            + " and i.waitlistOrder <= :order")
    long waitlistPosition(@Param("encuentroId") long encuentroId, @Param("place") Place place,
            @Param("order") long order);

    @Query("select i.participantId from Invitation i where i.encuentroId = :encuentroId"
            + " and i.participantId is not null and i.answer <> :excluded order by i.id")
    List<Long> participantsExcept(@Param("encuentroId") long encuentroId, @Param("excluded") Answer excluded);

    @Modifying
    @Query("update Invitation i set i.participantId = null where i.participantId = :participantId")
    int anonymise(@Param("participantId") long participantId);
}
