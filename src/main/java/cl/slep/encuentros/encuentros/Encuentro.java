package cl.slep.encuentros.encuentros;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

@Entity
@Table(name = "encuentro")
class Encuentro {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ical_uid", nullable = false, length = 100)
    private String icalUid;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 8000)
    private String description;

    @Column(name = "venue_name", length = 200)
    private String venueName;

    @Column(length = 300)
    private String address;

    private Double latitude;

    private Double longitude;

    private Integer capacity;

    @Column(name = "starts_at_local", nullable = false)
    private LocalDateTime start;

    @Column(name = "ends_at_local", nullable = false)
    private LocalDateTime end;

    @Column(name = "zone_id", nullable = false, length = 60)
    private String zoneId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EncuentroStatus status;

    @Column(name = "sequence_number", nullable = false)
    private int sequence;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "checkin_code", nullable = false, length = 32)
    private String checkinCode;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "encuentro_network", joinColumns = @JoinColumn(name = "encuentro_id"))
    @Column(name = "network_id")
    private Set<Long> networkIds = new HashSet<>();

    @Version
    private long version;

    protected Encuentro() {
    }

    Encuentro(EncuentroDraft draft, ZoneId zone, Long createdBy, Instant now, String uidDomain) {
        this.icalUid = UUID.randomUUID() + "@" + uidDomain;
        this.zoneId = zone.getId();
        this.status = EncuentroStatus.DRAFT;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.checkinCode = CheckInCode.random().value();
        apply(draft);
    }

    void apply(EncuentroDraft draft) {
        this.title = draft.title().strip();
        this.description = blankToNull(draft.description());
        this.venueName = blankToNull(draft.venueName());
        this.address = blankToNull(draft.address());
        this.latitude = draft.latitude();
        this.longitude = draft.longitude();
        this.capacity = draft.capacity();
        this.start = draft.start();
        this.end = draft.end();
        this.networkIds.clear();
        this.networkIds.addAll(draft.networkIds());
    }

    void publish(Instant now) {
        this.status = EncuentroStatus.PUBLISHED;
        this.publishedAt = now;
    }

    void cancel(Instant now) {
        this.status = EncuentroStatus.CANCELLED;
        this.cancelledAt = now;
    }

    void end(Instant now) {
        this.status = EncuentroStatus.ENDED;
        this.endedAt = now;
    }

    void nextSequence() {
        this.sequence++;
    }

    void forgetCreator() {
        this.createdBy = null;
    }

    Long id() {
        return id;
    }

    EncuentroStatus status() {
        return status;
    }

    Integer capacity() {
        return capacity;
    }

    Set<Long> networkIds() {
        return Set.copyOf(networkIds);
    }

    ZoneId zone() {
        return ZoneId.of(zoneId);
    }

    Instant startInstant() {
        return Schedule.instantOf(start, zone());
    }

    Instant endInstant() {
        return Schedule.instantOf(end, zone());
    }

    EncuentroDraft draft() {
        return new EncuentroDraft(title, description, venueName, address, latitude, longitude, capacity, start, end,
                networkIds);
    }

    EncuentroView view() {
        return new EncuentroView(id, icalUid, title, description, venueName, address, latitude, longitude, capacity,
                start, end, zone(), status, sequence, Set.copyOf(networkIds), createdBy, createdAt, publishedAt,
                new CheckInCode(checkinCode));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
