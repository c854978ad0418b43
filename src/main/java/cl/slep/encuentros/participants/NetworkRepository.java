package cl.slep.encuentros.participants;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface NetworkRepository extends JpaRepository<Network, Long> {

    List<Network> findAllByOrderBySortOrderAscNameAsc();

    Optional<Network> findByCode(String code);
}
