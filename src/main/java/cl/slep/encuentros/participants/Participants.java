package cl.slep.encuentros.participants;

import cl.slep.encuentros.messaging.DeliveryPreferences;
import cl.slep.encuentros.messaging.Outbox;
import java.text.Collator;
import cl.slep.encuentros.civiltime.CivilTime;
import java.time.Clock;
import java.util.Comparator;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The participants module's public face: registration, profile, preferences, erasure and roles. */
@Service
public class Participants {

    private final ParticipantRepository participants;
    private final ConsentRefusalRepository refusals;
    private final Catalogue catalogue;
    private final StaffDirectory staff;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final DeliveryPreferences deliveryPreferences;
    private final Outbox outbox;
    private final PersonalDataJson personalData;

    Participants(ParticipantRepository participants, ConsentRefusalRepository refusals, Catalogue catalogue,
            StaffDirectory staff, ApplicationEventPublisher events, Clock clock,
            DeliveryPreferences deliveryPreferences, Outbox outbox, Organization organization, CivilTime civilTime) {
        this.personalData = new PersonalDataJson(organization.name(), catalogue::roleLabel, catalogue::staffRoleLabel,
                civilTime.zone());
        this.deliveryPreferences = deliveryPreferences;
        this.outbox = outbox;
        this.participants = participants;
        this.refusals = refusals;
        this.catalogue = catalogue;
        this.staff = staff;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<ParticipantProfile> findByTelegramUserId(long telegramUserId) {
        return participants.findByTelegramUserId(telegramUserId).map(this::profile);
    }

    /** How a person reads a role ("Jefe/a UTP"); the same as {@link Catalogue#roleLabel(SchoolRole)}. */
    public String roleLabel(SchoolRole role) {
        return catalogue.roleLabel(role);
    }

    /** A person's role as they and staff read it: for "Otro", what they wrote. */
    public String roleLabel(ParticipantProfile profile) {
        return catalogue.roleLabel(profile.role(), profile.roleOther());
    }

    /**
     * Registered people whose name holds every word typed, in any order, ignoring accents and case (an admin
     * looking for someone to name coordinator); at most {@code limit}, by name.
     */
    @Transactional(readOnly = true)
    public List<ParticipantProfile> searchByName(String query, int limit) {
        List<String> words = SearchKey.words(query);
        if (words.isEmpty() || limit <= 0) {
            return List.of();
        }
        // A few thousand people at most: filtering here keeps the accent-insensitive rule in one place.
        List<NetworkView> catalogueNetworks = catalogue.networks();
        return participants.findAll().stream()
                .filter(participant -> {
                    String key = " " + SearchKey.of(participant.fullName()) + " ";
                    return words.stream().allMatch(word -> key.contains(" " + word));
                })
                .map(participant -> profile(participant, catalogueNetworks))
                .sorted(java.util.Comparator.comparing(ParticipantProfile::fullName))
                .limit(limit)
                .toList();
    }

    /** A registered participant by their id (other modules key their rows by it). */
    @Transactional(readOnly = true)
    public Optional<ParticipantProfile> findById(long participantId) {
        return participants.findById(participantId).map(this::profile);
    }

    /**
     * The Telegram chat of each of these participants still registered, in one query: what a module needs to message
     * many people at once (invitations, reminders), without loading whole profiles one by one.
     */
    @Transactional(readOnly = true)
    public Map<Long, Long> telegramUserIds(Collection<Long> participantIds) {
        Map<Long, Long> chats = new HashMap<>();
        participants.findAllById(participantIds).forEach(p -> chats.put(p.id(), p.telegramUserId()));
        return chats;
    }

    @Transactional(readOnly = true)
    public boolean isRegistered(long telegramUserId) {
        return participants.findByTelegramUserId(telegramUserId).isPresent();
    }

    /** The registered members of a network, by name (Spanish alphabetical order), for its coordinators. */
    @Transactional(readOnly = true)
    public List<ParticipantProfile> inNetwork(long networkId) {
        Collator spanish = Collator.getInstance(Locale.forLanguageTag("es-CL"));
        List<NetworkView> catalogueNetworks = catalogue.networks();
        return participants.findByNetworkIdsContains(networkId).stream()
                .map(participant -> profile(participant, catalogueNetworks))
                .sorted(Comparator.comparing(ParticipantProfile::fullName, spanish))
                .toList();
    }

    /** Registers someone who gave consent; registering twice returns the existing profile unchanged. */
    @Transactional
    public ParticipantProfile register(RegistrationForm form) {
        FullName.problem(form.fullName()).ifPresent(problem -> {
            throw new IllegalArgumentException("Invalid name: " + problem);
        });
        Optional<Participant> existing = participants.findByTelegramUserId(form.telegramUserId());
        if (existing.isPresent()) {
            return profile(existing.get());
        }
        requireKnown(form.establishmentId(), form.networkIds());
        requireKnown(form.role());
        Participant participant = participants.save(new Participant(form, clock.instant()));
        events.publishEvent(new ParticipantRegistered(participant.id()));
        events.publishEvent(new AccessChanged(form.telegramUserId()));
        return profile(participant);
    }

    /** Without consent nothing is stored but the fact that someone declined (with no way to tell who). */
    @Transactional
    public void recordConsentRefusal() {
        refusals.save(new ConsentRefusal(clock.instant()));
    }

    @Transactional
    public void changeName(long telegramUserId, String fullName) {
        FullName.problem(fullName).ifPresent(problem -> {
            throw new IllegalArgumentException("Invalid name: " + problem);
        });
        registered(telegramUserId).changeName(fullName);
    }

    @Transactional
    public void changeEstablishment(long telegramUserId, Long establishmentId, String freeText) {
        requireKnown(establishmentId, Set.of());
        registered(telegramUserId).changeEstablishment(establishmentId, freeText);
    }

    @Transactional
    public void changeRole(long telegramUserId, SchoolRole role) {
        changeRole(telegramUserId, role, null);
    }

    /** {@code other} is what the person wrote as their role, kept only with {@link SchoolRole#OTHER}. */
    @Transactional
    public void changeRole(long telegramUserId, SchoolRole role, String other) {
        requireKnown(Objects.requireNonNull(role));
        registered(telegramUserId).changeRole(role, other);
    }

    @Transactional
    public void changeNetworks(long telegramUserId, Set<Long> networkIds) {
        requireKnown(null, networkIds);
        Participant participant = registered(telegramUserId);
        if (!participant.networkIds().equals(Set.copyOf(networkIds))) {
            participant.changeNetworks(networkIds);
            events.publishEvent(new ParticipantNetworksChanged(participant.id()));
        }
    }

    /** Opposition and temporary blocking (Ley 21.719): honoured by the sender through the event. */
    @Transactional
    public void changePreferences(long telegramUserId, boolean pauseAll, boolean muteOptional) {
        registered(telegramUserId).changePreferences(pauseAll, muteOptional);
        deliveryPreferences.set(telegramUserId, pauseAll, muteOptional);
    }

    /** Any message or tap from the person: they are active, so retention starts over. */
    @Transactional
    public void touch(long telegramUserId) {
        participants.findByTelegramUserId(telegramUserId).ifPresent(p -> p.seenAt(clock.instant()));
    }

    /**
     * Erases the person: their row (name, ids, free texts), memberships, staff grants and queued or sent messages
     * go now; other modules forget theirs on {@link ParticipantDeleted}. Works as well for a coordinator named by id
     * who never registered (only their grants go). Exclusive with naming them coordinator
     * ({@link StaffDirectory#grant}). Returns false if there was nothing to erase.
     */
    @Transactional
    public boolean erase(long telegramUserId) {
        staff.lock();
        Optional<Participant> participant = participants.findByTelegramUserId(telegramUserId);
        participant.ifPresent(participants::delete);
        boolean wasStaff = staff.forget(telegramUserId);
        outbox.forgetChat(telegramUserId);
        if (participant.isPresent() || wasStaff) {
            events.publishEvent(new ParticipantDeleted(participant.map(Participant::id).orElse(null), telegramUserId));
            return true;
        }
        return false;
    }

    /** True if anything is stored about the person: registered, or named coordinator by id. */
    @Transactional(readOnly = true)
    public boolean holdsDataAbout(long telegramUserId) {
        return isRegistered(telegramUserId) || !staff.coordinatedNetworks(telegramUserId).isEmpty();
    }

    /**
     * Everything this module stores about the person, as a JSON document (right of access): their registration, or
     * for a coordinator named by id who never registered, their grants.
     */
    @Transactional(readOnly = true)
    public Optional<String> exportJson(long telegramUserId) {
        Optional<ParticipantProfile> profile = findByTelegramUserId(telegramUserId);
        if (profile.isPresent()) {
            return profile.map(p -> personalData.of(p, staff.roleOf(telegramUserId),
                    networkNames(staff.coordinatedNetworks(telegramUserId)), clock.instant()));
        }
        Set<Long> networks = staff.coordinatedNetworks(telegramUserId);
        return networks.isEmpty() ? Optional.empty()
                : Optional.of(personalData.staffOnly(telegramUserId, staff.roleOf(telegramUserId),
                        networkNames(networks), clock.instant()));
    }

    /** The names of these networks, in the catalogue's order. */
    @Transactional(readOnly = true)
    public List<String> networkNames(Set<Long> networkIds) {
        return inCatalogueOrder(networkIds).stream().map(NetworkView::name).toList();
    }

    private List<NetworkView> inCatalogueOrder(Set<Long> networkIds) {
        return inCatalogueOrder(networkIds, catalogue.networks());
    }

    private static List<NetworkView> inCatalogueOrder(Set<Long> networkIds, List<NetworkView> catalogueNetworks) {
        return catalogueNetworks.stream().filter(network -> networkIds.contains(network.id())).toList();
    }

    @Transactional(readOnly = true)
    public StaffRole roleOf(long telegramUserId) {
        return staff.roleOf(telegramUserId);
    }

    private Participant registered(long telegramUserId) {
        return participants.findByTelegramUserId(telegramUserId)
                .orElseThrow(() -> new IllegalStateException("Not registered"));
    }

    private void requireKnown(SchoolRole role) {
        if (catalogue.role(role).isEmpty()) {
            throw new IllegalArgumentException("Unknown role " + role);
        }
    }

    private void requireKnown(Long establishmentId, Set<Long> networkIds) {
        if (establishmentId != null && catalogue.establishment(establishmentId).isEmpty()) {
            throw new IllegalArgumentException("Unknown establishment " + establishmentId);
        }
        for (Long networkId : networkIds) {
            if (catalogue.network(networkId).isEmpty()) {
                throw new IllegalArgumentException("Unknown network " + networkId);
            }
        }
    }

    ParticipantProfile profile(Participant p) {
        return profile(p, catalogue.networks());
    }

    // The catalogue's list is passed in so that a list of people reads the networks once, not once per person.
    private ParticipantProfile profile(Participant p, List<NetworkView> catalogueNetworks) {
        List<NetworkView> networks = inCatalogueOrder(p.networkIds(), catalogueNetworks);
        EstablishmentView establishment = p.establishmentId() == null ? null
                : catalogue.establishment(p.establishmentId()).orElse(null);
        return new ParticipantProfile(p.id(), p.telegramUserId(), p.fullName(), establishment,
                p.establishmentFreeText(), p.schoolRole(), p.schoolRoleOther(), networks, p.consentGivenAt(),
                p.registeredAt(), p.lastSeenAt(), p.reachable(), p.messagesPaused(), p.optionalMessagesMuted());
    }
}
