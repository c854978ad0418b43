package cl.slep.encuentros.participants;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person who registered with the bot, after giving consent. */
@Entity
@Table(name = "participant")
class Participant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "telegram_user_id", nullable = false, unique = true)
    private long telegramUserId;

    @Column(name = "full_name", nullable = false, length = 100)
    private String fullName;

    @Column(name = "consent_given_at", nullable = false)
    private Instant consentGivenAt;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(nullable = false)
    private boolean reachable = true;

    protected Participant() {
    }

    Participant(long telegramUserId, String fullName, Instant consentGivenAt, Instant registeredAt) {
        this.telegramUserId = telegramUserId;
        this.fullName = fullName;
        this.consentGivenAt = consentGivenAt;
        this.registeredAt = registeredAt;
    }

    Long id() {
        return id;
    }

    long telegramUserId() {
        return telegramUserId;
    }

    String fullName() {
        return fullName;
    }

    boolean reachable() {
        return reachable;
    }

    void markReachable(boolean reachable) {
        this.reachable = reachable;
    }
}
