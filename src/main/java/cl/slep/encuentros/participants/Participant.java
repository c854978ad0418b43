package cl.slep.encuentros.participants;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

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

    @Column(name = "establishment_id")
    private Long establishmentId;

    @Column(name = "establishment_free_text", length = 200)
    private String establishmentFreeText;

    // The code of catalogue/roles.csv, as text: the roles are catalogue data, not a list in the code.
    @Column(name = "school_role", nullable = false, length = 40)
    private String schoolRole;

    @Column(name = "school_role_other", length = RoleOther.MAX_LENGTH)
    private String schoolRoleOther;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "participant_network", joinColumns = @JoinColumn(name = "participant_id"))
    @Column(name = "network_id")
    private Set<Long> networkIds = new HashSet<>();

    @Column(name = "consent_given_at", nullable = false)
    private Instant consentGivenAt;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "last_seen_at")
    private Instant lastSeenAt;

    @Column(name = "retention_warned_at")
    private Instant retentionWarnedAt;

    @Column(nullable = false)
    private boolean reachable = true;

    @Column(name = "messages_paused", nullable = false)
    private boolean messagesPaused;

    @Column(name = "optional_messages_muted", nullable = false)
    private boolean optionalMessagesMuted;

    @Version
    private long version;

    protected Participant() {
    }

    Participant(RegistrationForm form, Instant now) {
        this.telegramUserId = form.telegramUserId();
        this.consentGivenAt = form.consentGivenAt();
        this.registeredAt = now;
        this.lastSeenAt = now;
        changeName(form.fullName());
        changeEstablishment(form.establishmentId(), form.establishmentFreeText());
        changeRole(form.role(), form.roleOther());
        changeNetworks(form.networkIds());
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

    Long establishmentId() {
        return establishmentId;
    }

    String establishmentFreeText() {
        return establishmentFreeText;
    }

    SchoolRole schoolRole() {
        return SchoolRole.of(schoolRole);
    }

    String schoolRoleOther() {
        return schoolRoleOther;
    }

    Set<Long> networkIds() {
        return Set.copyOf(networkIds);
    }

    Instant consentGivenAt() {
        return consentGivenAt;
    }

    Instant registeredAt() {
        return registeredAt;
    }

    Instant lastSeenAt() {
        return lastSeenAt;
    }

    Instant retentionWarnedAt() {
        return retentionWarnedAt;
    }

    boolean reachable() {
        return reachable;
    }

    boolean messagesPaused() {
        return messagesPaused;
    }

    boolean optionalMessagesMuted() {
        return optionalMessagesMuted;
    }

    void changeName(String name) {
        this.fullName = FullName.normalise(name);
    }

    void changeEstablishment(Long establishmentId, String freeText) {
        this.establishmentId = establishmentId;
        this.establishmentFreeText = establishmentId == null ? freeText : null;
    }

    /** What the person wrote is kept only with "Otro": another role says it all. */
    void changeRole(SchoolRole role, String other) {
        this.schoolRole = role.code();
        this.schoolRoleOther = role.isOther() ? RoleOther.normalise(other).orElse(null) : null;
    }

    void changeNetworks(Set<Long> networks) {
        this.networkIds.clear();
        this.networkIds.addAll(networks);
    }

    void seenAt(Instant now) {
        this.lastSeenAt = now;
        this.retentionWarnedAt = null;
    }

    void warnedAt(Instant now) {
        this.retentionWarnedAt = now;
    }

    void markReachable(boolean reachable) {
        this.reachable = reachable;
    }

    void changePreferences(boolean paused, boolean optionalMuted) {
        this.messagesPaused = paused;
        this.optionalMessagesMuted = optionalMuted;
    }
}
