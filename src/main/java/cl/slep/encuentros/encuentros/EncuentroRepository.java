package cl.slep.encuentros.encuentros;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface EncuentroRepository extends JpaRepository<Encuentro, Long> {

    Optional<Encuentro> findByCheckinCode(String checkinCode);

    List<Encuentro> findByStatus(EncuentroStatus status);

    @Query("select distinct e from Encuentro e join e.networkIds n where e.status = :status and n in :networks")
    List<Encuentro> findByStatusAndAnyNetwork(@Param("status") EncuentroStatus status,
            @Param("networks") Collection<Long> networks);

    @Modifying
    @Query("update Encuentro e set e.createdBy = null where e.createdBy = :telegramUserId")
    int forgetCreator(@Param("telegramUserId") long telegramUserId);
}
