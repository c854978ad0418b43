package cl.slep.encuentros.participants;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Someone declined the privacy notice. Nothing identifies them: that is the point. */
@Entity
@Table(name = "consent_refusal")
class ConsentRefusal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "refused_at", nullable = false)
    private Instant refusedAt;

    protected ConsentRefusal() {
    }

    ConsentRefusal(Instant refusedAt) {
        this.refusedAt = refusedAt;
    }
}
