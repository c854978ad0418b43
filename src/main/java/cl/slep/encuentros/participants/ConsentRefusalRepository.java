package cl.slep.encuentros.participants;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConsentRefusalRepository extends JpaRepository<ConsentRefusal, Long> {
}
