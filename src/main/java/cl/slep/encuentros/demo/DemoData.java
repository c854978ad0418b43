package cl.slep.encuentros.demo;

import cl.slep.encuentros.civiltime.CivilTime;
import cl.slep.encuentros.encuentros.Answer;
import cl.slep.encuentros.encuentros.EncuentroDraft;
import cl.slep.encuentros.encuentros.Encuentros;
import cl.slep.encuentros.encuentros.PastAttendee;
import cl.slep.encuentros.encuentros.PastEncuentros;
import cl.slep.encuentros.encuentros.Rsvp;
import cl.slep.encuentros.participants.Catalogue;
import cl.slep.encuentros.participants.EstablishmentView;
import cl.slep.encuentros.participants.NetworkView;
import cl.slep.encuentros.participants.ParticipantProfile;
import cl.slep.encuentros.participants.Participants;
import cl.slep.encuentros.participants.RegistrationForm;
import cl.slep.encuentros.participants.SchoolRole;
import cl.slep.encuentros.participants.StaffDirectory;
import cl.slep.encuentros.participants.StaffRole;
import cl.slep.encuentros.runmode.DeploymentMarker;
import cl.slep.encuentros.runmode.SimulatorModeCondition;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo once, when the application is ready, in one transaction with its marker row ({@code demo_data}):
 * a restart finds the marker and loads nothing, whatever was changed or erased meanwhile. The web chat's
 * "Coordinadora SLEP" creates both encuentros, so she can manage them: she is an admin in simulator mode unless
 * admins are configured, and then she is made coordinator of the demo's network.
 *
 * <p>The demo people exist only in the database: the emulator has no chat with them and would refuse every message
 * ("chat not found", a warning each). So their messages are paused, as a person may pause them with
 * {@code /preferencias}; invitations and reminders to them are dropped quietly, and answers to their own actions
 * still go, should someone act as one of them in the web chat.
 */
@Component
@Conditional(SimulatorModeCondition.class)
@ConditionalOnProperty(name = "encuentros.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoData {

    /** The web chat's "Coordinadora SLEP" persona (simulador.js), an admin of the simulator by default. */
    static final long COORDINATOR = 7_000_000_002L;

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    /** Invitations to yesterday's encuentro went out a week before it, at this hour; answers came hours apart. */
    private static final int PAST_PUBLISHED_DAYS_BEFORE = 7;
    private static final int PAST_PUBLISHED_HOUR = 10;

    private final Participants participants;
    private final StaffDirectory staff;
    private final Catalogue catalogue;
    private final Encuentros encuentros;
    private final PastEncuentros pastEncuentros;
    private final Rsvp rsvp;
    private final DeploymentMarker deploymentMarker;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final CivilTime civilTime;
    private final Clock clock;

    DemoData(Participants participants, StaffDirectory staff, Catalogue catalogue, Encuentros encuentros,
            PastEncuentros pastEncuentros, Rsvp rsvp, DeploymentMarker deploymentMarker, JdbcTemplate jdbc,
            TransactionTemplate transactions, CivilTime civilTime, Clock clock) {
        this.participants = participants;
        this.staff = staff;
        this.catalogue = catalogue;
        this.encuentros = encuentros;
        this.pastEncuentros = pastEncuentros;
        this.rsvp = rsvp;
        this.deploymentMarker = deploymentMarker;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.civilTime = civilTime;
        this.clock = clock;
    }

    // Before the start-up banner says the simulator is ready: whoever opens the chat then finds the demo there.
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void onReady() {
        try {
            loadOnce(DemoContent.read());
        } catch (RuntimeException e) {
            // The demo is a convenience: the simulator works without it.
            log.warn("Demo data could not be loaded; the simulator starts without it", e);
        }
    }

    /** True if it loaded the demo now; false if it was loaded before or may not be. */
    boolean loadOnce(DemoContent content) {
        if (deploymentMarker.present()) {
            log.info("Demo data not loaded: this database has served the real bot");
            return false;
        }
        Optional<NetworkView> network = catalogue.networkByCode(content.networkCode());
        if (network.isEmpty()) {
            log.warn("Demo data not loaded: the catalogue has no network {}", content.networkCode());
            return false;
        }
        Boolean loaded = transactions.execute(status -> {
            int marked = jdbc.update("INSERT INTO demo_data (id, loaded_at) "
                    + "SELECT 1, ? WHERE NOT EXISTS (SELECT 1 FROM demo_data)", OffsetDateTime.now(clock));
            if (marked == 0) {
                return false;
            }
            load(content, network.get().id());
            return true;
        });
        if (Boolean.TRUE.equals(loaded)) {
            log.info("Demo data loaded: {} participants of {}, an encuentro next week and one that ended yesterday",
                    content.people().size(), network.get().name());
        }
        return Boolean.TRUE.equals(loaded);
    }

    private void load(DemoContent content, long networkId) {
        Set<Long> networks = Set.of(networkId);
        if (staff.roleOf(COORDINATOR) != StaffRole.ADMIN) {
            Set<Long> coordinated = new TreeSet<>(staff.coordinatedNetworks(COORDINATOR));
            coordinated.add(networkId);
            staff.setCoordinatedNetworks(COORDINATOR, coordinated);
        }
        Map<DemoPerson, Long> ids = new HashMap<>();
        for (DemoPerson person : content.people()) {
            ParticipantProfile profile = participants.register(form(person));
            participants.changePreferences(person.telegramUserId(), true, false);
            ids.put(person, profile.id());
        }
        LocalDate today = civilTime.today();
        recordYesterday(content, networks, today.minusDays(1), ids);
        publishNextWeek(content, networks, today, ids);
    }

    private void recordYesterday(DemoContent content, Set<Long> networks, LocalDate yesterday,
            Map<DemoPerson, Long> ids) {
        Instant published = civilTime.instantOf(
                yesterday.minusDays(PAST_PUBLISHED_DAYS_BEFORE).atTime(PAST_PUBLISHED_HOUR, 0));
        List<PastAttendee> attendees = new ArrayList<>();
        int hour = 0;
        for (DemoPerson person : content.people()) {
            hour++;
            Instant answered = person.pastAnswer() == Answer.NONE ? null : published.plusSeconds(3600L * hour);
            Instant arrived = person.arrivedYesterday() == null ? null
                    : civilTime.instantOf(yesterday.atTime(person.arrivedYesterday()));
            attendees.add(new PastAttendee(ids.get(person), person.pastAnswer(), answered, arrived));
        }
        pastEncuentros.record(COORDINATOR, draft(content.past(), yesterday, networks), published, attendees);
    }

    private void publishNextWeek(DemoContent content, Set<Long> networks, LocalDate today,
            Map<DemoPerson, Long> ids) {
        LocalDate thursday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY)).with(DayOfWeek.THURSDAY);
        long id = encuentros.createDraft(COORDINATOR, draft(content.upcoming(), thursday, networks)).id();
        encuentros.publish(COORDINATOR, id);
        for (DemoPerson person : content.people()) {
            if (person.upcomingAnswer() != Answer.NONE) {
                rsvp.answer(id, ids.get(person), person.upcomingAnswer());
            }
        }
    }

    private static EncuentroDraft draft(DemoContent.DemoEncuentro encuentro, LocalDate day, Set<Long> networks) {
        return new EncuentroDraft(encuentro.title(), encuentro.description(), encuentro.venueName(),
                encuentro.address(), encuentro.latitude(), encuentro.longitude(), null, day.atTime(encuentro.start()),
                day.atTime(encuentro.end()), networks);
    }

    private RegistrationForm form(DemoPerson person) {
        Optional<EstablishmentView> establishment = catalogue.establishmentByRbd(person.rbd());
        Set<Long> networks = person.networkCodes().stream()
                .map(code -> catalogue.networkByCode(code)
                        .orElseThrow(() -> new IllegalStateException("No network " + code + " in the catalogue")))
                .map(NetworkView::id).collect(Collectors.toSet());
        return new RegistrationForm(person.telegramUserId(), person.fullName(),
                establishment.map(EstablishmentView::id).orElse(null),
                establishment.isPresent() ? null : person.establishmentName(), SchoolRole.of(person.roleCode()),
                networks, clock.instant());
    }
}
