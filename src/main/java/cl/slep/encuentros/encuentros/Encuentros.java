package cl.slep.encuentros.encuentros;

import cl.slep.encuentros.civiltime.CivilTime;
import cl.slep.encuentros.participants.Catalogue;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The encuentros module's public face for their lifecycle: draft, edit, publish (inviting the networks' members),
 * reschedule, cancel and end, and the lists people see. Answers are {@link Rsvp}; check-in {@link CheckIns};
 * attendance {@link Attendance}; calendar files {@link CalendarFiles}. Methods taking an {@code actorTelegramId}
 * check that the person may manage the encuentro (buttons and links are never trusted).
 */
@Service
public class Encuentros {

    static final int TITLE_MAX = 200;
    static final int DESCRIPTION_MAX = 8000;
    static final int VENUE_MAX = 200;
    static final int ADDRESS_MAX = 300;
    static final String UID_DOMAIN = "encuentros.slep.cl";

    private final EncuentroRepository encuentros;
    private final InvitationRepository invitations;
    private final Inviter inviter;
    private final Places places;
    private final StaffAccess access;
    private final Catalogue catalogue;
    private final CivilTime civilTime;
    private final EncuentrosProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Encuentros(EncuentroRepository encuentros, InvitationRepository invitations, Inviter inviter, Places places,
            StaffAccess access, Catalogue catalogue, CivilTime civilTime, EncuentrosProperties properties,
            ApplicationEventPublisher events, Clock clock) {
        this.encuentros = encuentros;
        this.invitations = invitations;
        this.inviter = inviter;
        this.places = places;
        this.access = access;
        this.catalogue = catalogue;
        this.civilTime = civilTime;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /** Everything wrong with a draft as a new encuentro (or a new date for one), in the order a form shows it. */
    @Transactional(readOnly = true)
    public List<DraftProblem> validate(EncuentroDraft draft) {
        return problems(draft, true, false);
    }

    /** Saves a draft; nobody is invited until {@link #publish}. */
    @Transactional
    public EncuentroView createDraft(long actorTelegramId, EncuentroDraft draft) {
        if (!access.mayManage(actorTelegramId, draft.networkIds())) {
            throw new EncuentroAccessDenied(actorTelegramId, null);
        }
        require(problems(draft, true, false));
        Encuentro encuentro = encuentros.save(
                new Encuentro(draft, civilTime.zone(), actorTelegramId, clock.instant(), UID_DOMAIN));
        return encuentro.view();
    }

    /**
     * Changes a draft, or a published encuentro: then a change of date, time or venue raises the .ics sequence and
     * is announced ({@link EncuentroRescheduled}); any other change to what the calendar shows raises the sequence
     * too; added networks' members are invited; a larger capacity gives places to those waiting.
     */
    @Transactional
    public EncuentroView edit(long actorTelegramId, long encuentroId, EncuentroDraft draft) {
        places.lock(encuentroId);
        Encuentro encuentro = existing(encuentroId);
        access.require(actorTelegramId, encuentro);
        if (!access.mayManage(actorTelegramId, draft.networkIds())) {
            throw new EncuentroAccessDenied(actorTelegramId, encuentroId);
        }
        EncuentroStatus status = encuentro.status();
        if (status == EncuentroStatus.CANCELLED || status == EncuentroStatus.ENDED) {
            throw new IllegalStateException("Encuentro " + encuentroId + " is " + status);
        }
        EncuentroView before = encuentro.view();
        boolean published = status == EncuentroStatus.PUBLISHED;
        boolean newDate = !before.start().equals(draft.start()) || !before.end().equals(draft.end());
        List<DraftProblem> problems = problems(draft, newDate, published);
        if (published && !draft.networkIds().containsAll(before.networkIds())) {
            problems.add(DraftProblem.NETWORK_REMOVED);
        }
        require(problems);
        encuentro.apply(draft);
        EncuentroView after = encuentro.view();
        if (published) {
            if (!calendarPart(before).equals(calendarPart(after))) {
                encuentro.nextSequence();
            }
            Schedule oldSchedule = before.schedule();
            if (oldSchedule.timeChanged(after.schedule()) || oldSchedule.venueChanged(after.schedule())) {
                events.publishEvent(new EncuentroRescheduled(encuentroId, encuentro.view().sequence(), oldSchedule,
                        after.schedule()));
            }
            Set<Long> added = new HashSet<>(draft.networkIds());
            added.removeAll(before.networkIds());
            if (!added.isEmpty() && clock.instant().isBefore(encuentro.startInstant())) {
                inviter.inviteMembers(encuentroId, added);
            }
            places.fill(encuentro);
        }
        return encuentro.view();
    }

    /** A new date and time: {@link #edit} with only these changed. */
    @Transactional
    public EncuentroView reschedule(long actorTelegramId, long encuentroId, LocalDateTime start, LocalDateTime end) {
        return edit(actorTelegramId, encuentroId, existing(encuentroId).draft().withSchedule(start, end));
    }

    /** A new venue: {@link #edit} with only these changed (coordinates may be null). */
    @Transactional
    public EncuentroView changeVenue(long actorTelegramId, long encuentroId, String venueName, String address,
            Double latitude, Double longitude) {
        return edit(actorTelegramId, encuentroId,
                existing(encuentroId).draft().withVenue(venueName, address, latitude, longitude));
    }

    /**
     * Publishes a draft: every registered member of its networks is invited ({@link InvitationsIssued}) and
     * {@link EncuentroPublished} announced. Returns the number invited. Refused with the draft's problems, also when
     * its start went by while it was a draft.
     */
    @Transactional
    public int publish(long actorTelegramId, long encuentroId) {
        places.lock(encuentroId);
        Encuentro encuentro = existing(encuentroId);
        access.require(actorTelegramId, encuentro);
        if (encuentro.status() != EncuentroStatus.DRAFT) {
            throw new IllegalStateException("Encuentro " + encuentroId + " is " + encuentro.status());
        }
        require(problems(encuentro.draft(), true, true));
        encuentro.publish(clock.instant());
        int invited = inviter.inviteMembers(encuentroId, encuentro.networkIds());
        events.publishEvent(new EncuentroPublished(encuentroId, invited));
        return invited;
    }

    /** Cancels a draft or a published encuentro; only the latter is announced. False if it was already over. */
    @Transactional
    public boolean cancel(long actorTelegramId, long encuentroId) {
        places.lock(encuentroId);
        Encuentro encuentro = existing(encuentroId);
        access.require(actorTelegramId, encuentro);
        EncuentroStatus status = encuentro.status();
        if (status == EncuentroStatus.CANCELLED || status == EncuentroStatus.ENDED) {
            return false;
        }
        encuentro.cancel(clock.instant());
        if (status == EncuentroStatus.PUBLISHED) {
            // Calendars take a cancellation only with a sequence above the invitation they hold.
            encuentro.nextSequence();
            events.publishEvent(new EncuentroCancelled(encuentroId));
        }
        return true;
    }

    /**
     * Ends a published encuentro at (or after) its end; called by the scheduler's job. Idempotent: false if it was
     * not published, or ended already, or its end has not come.
     */
    @Transactional
    public boolean end(long encuentroId) {
        places.lock(encuentroId);
        Optional<Encuentro> found = encuentros.findById(encuentroId);
        if (found.isEmpty() || found.get().status() != EncuentroStatus.PUBLISHED
                || clock.instant().isBefore(found.get().endInstant())) {
            return false;
        }
        found.get().end(clock.instant());
        events.publishEvent(new EncuentroEnded(encuentroId));
        return true;
    }

    /** The published encuentros whose end has passed and are not ended yet (the scheduler's catch-up on start-up). */
    @Transactional(readOnly = true)
    public List<Long> overdueForEnd() {
        Instant now = clock.instant();
        return encuentros.findByStatus(EncuentroStatus.PUBLISHED).stream()
                .filter(e -> !now.isBefore(e.endInstant()))
                .map(Encuentro::id).sorted().toList();
    }

    @Transactional(readOnly = true)
    public Optional<EncuentroView> find(long encuentroId) {
        return encuentros.findById(encuentroId).map(Encuentro::view);
    }

    /** Published encuentros that have not started yet, by start (the scheduler plans their jobs on start-up). */
    @Transactional(readOnly = true)
    public List<EncuentroView> publishedNotEnded() {
        return encuentros.findByStatus(EncuentroStatus.PUBLISHED).stream().map(Encuentro::view)
                .sorted(Comparator.comparing(EncuentroView::startInstant)).toList();
    }

    @Transactional(readOnly = true)
    public boolean mayManage(long actorTelegramId, long encuentroId) {
        return encuentros.findById(encuentroId).map(e -> access.mayManage(actorTelegramId, e.networkIds()))
                .orElse(false);
    }

    /**
     * The encuentros a coordinator sees (any of whose networks they coordinate) or, for an admin, all; drafts and
     * published first by start, then the ended and cancelled ones, latest first. {@code includePast} false leaves
     * out the ended and cancelled ones.
     */
    @Transactional(readOnly = true)
    public List<EncuentroView> managedBy(long actorTelegramId, boolean includePast) {
        List<EncuentroView> current = new ArrayList<>();
        List<EncuentroView> past = new ArrayList<>();
        for (Encuentro encuentro : encuentros.findAll()) {
            if (!access.maySee(actorTelegramId, encuentro.networkIds())) {
                continue;
            }
            EncuentroStatus status = encuentro.status();
            if (status == EncuentroStatus.DRAFT || status == EncuentroStatus.PUBLISHED) {
                current.add(encuentro.view());
            } else if (includePast) {
                past.add(encuentro.view());
            }
        }
        current.sort(Comparator.comparing(EncuentroView::startInstant).thenComparing(EncuentroView::id));
        past.sort(Comparator.comparing(EncuentroView::startInstant).reversed());
        current.addAll(past);
        return current;
    }

    /** A person's published encuentros that have not ended, by start, with their invitation ({@code /encuentros}). */
    @Transactional(readOnly = true)
    public List<Upcoming> upcomingFor(long participantId) {
        List<Invitation> mine = invitations.findByParticipantId(participantId);
        Map<Long, Encuentro> byId = encuentros.findAllById(mine.stream().map(Invitation::encuentroId).toList())
                .stream().collect(Collectors.toMap(Encuentro::id, Function.identity()));
        Instant now = clock.instant();
        List<Upcoming> upcoming = new ArrayList<>();
        for (Invitation invitation : mine) {
            Encuentro encuentro = byId.get(invitation.encuentroId());
            if (encuentro != null && encuentro.status() == EncuentroStatus.PUBLISHED
                    && now.isBefore(encuentro.endInstant())) {
                upcoming.add(new Upcoming(encuentro.view(), places.view(invitation)));
            }
        }
        upcoming.sort(Comparator.comparing((Upcoming u) -> u.encuentro().startInstant()));
        return upcoming;
    }

    private Encuentro existing(long encuentroId) {
        return encuentros.findById(encuentroId)
                .orElseThrow(() -> new IllegalArgumentException("No encuentro " + encuentroId));
    }

    private static void require(List<DraftProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidDraftException(problems);
        }
    }

    /** What an .ics shows: a change to any of it raises the sequence. */
    private static List<Object> calendarPart(EncuentroView view) {
        return java.util.Arrays.asList(view.title(), view.description(), view.start(), view.end(), view.venueName(),
                view.address(), view.latitude(), view.longitude());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private List<DraftProblem> problems(EncuentroDraft draft, boolean checkStart, boolean forPublication) {
        List<DraftProblem> problems = new ArrayList<>();
        String title = draft.title() == null ? "" : draft.title().strip();
        if (title.isEmpty()) {
            problems.add(DraftProblem.TITLE_MISSING);
        } else if (title.length() > TITLE_MAX) {
            problems.add(DraftProblem.TITLE_TOO_LONG);
        }
        if (draft.description() != null && draft.description().strip().length() > DESCRIPTION_MAX) {
            problems.add(DraftProblem.DESCRIPTION_TOO_LONG);
        }
        if (draft.venueName() != null && draft.venueName().strip().length() > VENUE_MAX) {
            problems.add(DraftProblem.VENUE_TOO_LONG);
        }
        if (draft.address() != null && draft.address().strip().length() > ADDRESS_MAX) {
            problems.add(DraftProblem.ADDRESS_TOO_LONG);
        }
        if (forPublication && (blankToNull(draft.venueName()) == null || blankToNull(draft.address()) == null)) {
            problems.add(DraftProblem.VENUE_MISSING);
        }
        if (draft.start() == null) {
            problems.add(DraftProblem.START_MISSING);
        }
        if (draft.end() == null) {
            problems.add(DraftProblem.END_MISSING);
        }
        if (draft.start() != null && draft.end() != null && !draft.end().isAfter(draft.start())) {
            problems.add(DraftProblem.END_NOT_AFTER_START);
        }
        if (checkStart && draft.start() != null && civilTime.instantOf(draft.start())
                .isBefore(clock.instant().minus(properties.startGrace()))) {
            problems.add(DraftProblem.START_IN_PAST);
        }
        if (draft.networkIds().isEmpty()) {
            problems.add(DraftProblem.NO_NETWORK);
        } else if (draft.networkIds().stream().anyMatch(id -> catalogue.network(id).isEmpty())) {
            problems.add(DraftProblem.UNKNOWN_NETWORK);
        }
        if (draft.capacity() != null && draft.capacity() <= 0) {
            problems.add(DraftProblem.CAPACITY_NOT_POSITIVE);
        }
        if ((draft.latitude() == null) != (draft.longitude() == null)) {
            problems.add(DraftProblem.COORDINATES_INCOMPLETE);
        } else if (draft.latitude() != null && (Math.abs(draft.latitude()) > 90 || Math.abs(draft.longitude()) > 180
                || draft.latitude().isNaN() || draft.longitude().isNaN())) {
            problems.add(DraftProblem.COORDINATES_OUT_OF_RANGE);
        }
        return problems;
    }
}
