package cl.slep.encuentros.scheduler.internal;

import cl.slep.encuentros.civiltime.CivilTime;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * When a reminder or a nudge about an encuentro goes out. Each is one instant of its own, derived from the
 * encuentro's planned local start when it is planned (never a repeating trigger, which drifts across a clock
 * change).
 */
final class ReminderPolicy {

    /** A message to send at an instant; the offset names it in its de-duplication key. */
    record Planned(CivilOffset offset, Instant due) {
    }

    enum Kind { REMINDER, NUDGE }

    /**
     * One moment of an encuentro's timeline: its reminder goes at {@code due} to those who answered (or, for the
     * nudge, were invited) before {@code nominal}, the moment the offset names before quiet hours moved it.
     */
    record Moment(Kind kind, CivilOffset offset, Instant nominal, Instant due) {
    }

    private final List<CivilOffset> reminders;
    private final CivilOffset nudge;
    private final Optional<QuietHours> quietHours;
    private final CivilTime civilTime;

    ReminderPolicy(List<CivilOffset> reminders, CivilOffset nudge, Optional<QuietHours> quietHours,
            CivilTime civilTime) {
        this.reminders = List.copyOf(reminders);
        this.nudge = nudge;
        this.quietHours = quietHours;
        this.civilTime = civilTime;
    }

    /**
     * The reminders of someone who said yes or maybe at {@code answeredAt}. One whose time had already passed when
     * they answered is not sent late: who confirms three hours before gets the two-hour reminder only. Reminders
     * that quiet hours push onto the same instant go out once, as the nearest one.
     */
    List<Planned> remindersFor(LocalDateTime start, Instant answeredAt) {
        Map<Instant, Planned> byInstant = new LinkedHashMap<>();
        reminders.stream()
                .sorted(Comparator.comparing((CivilOffset offset) -> civilTime.instantOf(offset.before(start)))
                        .reversed())
                .forEach(offset -> plan(offset, start, answeredAt)
                        .ifPresent(planned -> byInstant.putIfAbsent(planned.due(), planned)));
        List<Planned> planned = new ArrayList<>(byInstant.values());
        planned.sort(Comparator.comparing(Planned::due));
        return planned;
    }

    /** The nudge to someone invited who has not answered, planned when the invitation goes out. */
    Optional<Planned> nudgeFor(LocalDateTime start, Instant invitedAt) {
        return plan(nudge, start, invitedAt);
    }

    /** The moments of an encuentro still ahead at {@code now}: one per reminder offset, and the nudge. */
    List<Moment> timeline(LocalDateTime start, Instant now) {
        List<Moment> moments = new ArrayList<>();
        for (CivilOffset offset : reminders) {
            moment(Kind.REMINDER, offset, start, now).ifPresent(moments::add);
        }
        moment(Kind.NUDGE, nudge, start, now).ifPresent(moments::add);
        return moments;
    }

    /** The moment an offset names under the zone's current rules, if it still comes before the start. */
    Optional<Moment> moment(Kind kind, CivilOffset offset, LocalDateTime start, Instant after) {
        return plan(offset, start, after).map(planned ->
                new Moment(kind, offset, nominal(offset, start), planned.due()));
    }

    /** The instant an offset names before the start, before quiet hours move it. */
    Instant nominal(CivilOffset offset, LocalDateTime start) {
        return civilTime.instantOf(offset.before(start));
    }

    /** A reminder found due after the encuentro started (the application was down at its time) is dropped. */
    boolean stillWorthSending(LocalDateTime start, Instant now) {
        return now.isBefore(civilTime.instantOf(start));
    }

    /** The instant the planned start has under the zone's current rules: compared at start-up with what was planned. */
    Instant startOf(LocalDateTime start) {
        return civilTime.instantOf(start);
    }

    private Optional<Planned> plan(CivilOffset offset, LocalDateTime start, Instant after) {
        LocalDateTime nominal = offset.before(start);
        if (!civilTime.instantOf(nominal).isAfter(after)) {
            return Optional.empty();
        }
        LocalDateTime due = quietHours.map(quiet -> quiet.endOf(nominal)).orElse(nominal);
        if (!civilTime.instantOf(due).isBefore(civilTime.instantOf(start))) {
            return Optional.empty();
        }
        return Optional.of(new Planned(offset, civilTime.instantOf(due)));
    }
}
