package cl.slep.encuentros.scheduler.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cl.slep.encuentros.MutableClock;
import cl.slep.encuentros.civiltime.CivilTime;
import cl.slep.encuentros.civiltime.TestCivilTime;
import cl.slep.encuentros.scheduler.internal.ReminderPolicy.Planned;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReminderPolicyTests {

    private final CivilTime civilTime = TestCivilTime.santiago(new MutableClock(Instant.parse("2026-03-01T12:00:00Z")));
    private final ReminderPolicy policy = policy("22:00-07:00", "P1D", "PT2H");

    @Test
    void aPersonWhoConfirmsEarlyGetsBothRemindersOnTheWallClock() {
        // Thursday 14 May 2026, 09:00 in Iquique (UTC-4 in winter).
        LocalDateTime start = LocalDateTime.parse("2026-05-14T09:00");

        assertThat(dues(policy.remindersFor(start, Instant.parse("2026-05-10T15:00:00Z"))))
                .containsExactly(Instant.parse("2026-05-13T13:00:00Z"), Instant.parse("2026-05-14T11:00:00Z"));
        assertThat(policy.remindersFor(start, Instant.parse("2026-05-10T15:00:00Z")))
                .extracting(planned -> planned.offset().text()).containsExactly("P1D", "PT2H");
    }

    @Test
    void someoneWhoConfirmsThreeHoursBeforeGetsOnlyTheTwoHourReminder() {
        LocalDateTime start = LocalDateTime.parse("2026-05-14T10:00");
        Instant threeHoursBefore = Instant.parse("2026-05-14T11:00:00Z");

        assertThat(policy.remindersFor(start, threeHoursBefore))
                .extracting(planned -> planned.offset().text()).containsExactly("PT2H");
        assertThat(dues(policy.remindersFor(start, threeHoursBefore)))
                .containsExactly(Instant.parse("2026-05-14T12:00:00Z"));
    }

    @Test
    void aReminderWhoseMomentHasJustPassedIsNotSentLate() {
        LocalDateTime start = LocalDateTime.parse("2026-05-14T10:00");

        assertThat(policy.remindersFor(start, Instant.parse("2026-05-14T12:00:00Z"))).isEmpty();
        assertThat(policy.remindersFor(start, Instant.parse("2026-05-14T11:59:59Z"))).hasSize(1);
    }

    @Test
    void aDayBeforeAfterAprilsChangeIsTwentyFiveHoursAndStillNineOClock() {
        // Clocks go back at 24:00 on Saturday 4 April 2026: Saturday is UTC-3, Sunday UTC-4.
        LocalDateTime sunday = LocalDateTime.parse("2026-04-05T09:00");

        Planned dayBefore = policy.remindersFor(sunday, Instant.parse("2026-04-01T12:00:00Z")).get(0);

        assertThat(dayBefore.due()).isEqualTo(Instant.parse("2026-04-04T12:00:00Z"));
        assertThat(civilTime.localOf(dayBefore.due())).isEqualTo(LocalDateTime.parse("2026-04-04T09:00"));
        assertThat(civilTime.instantOf(sunday)).isEqualTo(dayBefore.due().plusSeconds(25 * 3600));
    }

    @Test
    void aDayBeforeAfterSeptembersChangeIsTwentyThreeHoursAndStillNineOClock() {
        // Clocks go forward at 24:00 on Saturday 5 September 2026: Saturday is UTC-4, Sunday UTC-3.
        LocalDateTime sunday = LocalDateTime.parse("2026-09-06T09:00");

        Planned dayBefore = policy.remindersFor(sunday, Instant.parse("2026-09-01T12:00:00Z")).get(0);

        assertThat(dayBefore.due()).isEqualTo(Instant.parse("2026-09-05T13:00:00Z"));
        assertThat(civilTime.localOf(dayBefore.due())).isEqualTo(LocalDateTime.parse("2026-09-05T09:00"));
        assertThat(civilTime.instantOf(sunday)).isEqualTo(dayBefore.due().plusSeconds(23 * 3600));
    }

    @Test
    void aReminderDueInQuietHoursWaitsUntilTheyEnd() {
        LocalDateTime eightOClock = LocalDateTime.parse("2026-05-14T08:00");

        List<Planned> planned = policy.remindersFor(eightOClock, Instant.parse("2026-05-10T15:00:00Z"));

        assertThat(planned).extracting(p -> civilTime.localOf(p.due()))
                .containsExactly(LocalDateTime.parse("2026-05-13T08:00"), LocalDateTime.parse("2026-05-14T07:00"));
    }

    @Test
    void aReminderThatQuietHoursWouldPushToTheStartIsDropped() {
        LocalDateTime sevenOClock = LocalDateTime.parse("2026-05-14T07:00");

        assertThat(policy.remindersFor(sevenOClock, Instant.parse("2026-05-10T15:00:00Z")))
                .extracting(planned -> planned.offset().text()).containsExactly("P1D");
    }

    @Test
    void withoutQuietHoursTheReminderGoesOutInTheNight() {
        ReminderPolicy noQuietHours = policy("", "P1D", "PT2H");
        LocalDateTime sevenOClock = LocalDateTime.parse("2026-05-14T07:00");

        assertThat(noQuietHours.remindersFor(sevenOClock, Instant.parse("2026-05-10T15:00:00Z")))
                .extracting(p -> civilTime.localOf(p.due()))
                .containsExactly(LocalDateTime.parse("2026-05-13T07:00"), LocalDateTime.parse("2026-05-14T05:00"));
    }

    @Test
    void remindersThatQuietHoursPushOntoOneMomentGoOutOnceAsTheNearest() {
        ReminderPolicy tenAndTwoHours = policy("22:00-07:00", "PT10H", "PT2H");
        LocalDateTime nineOClock = LocalDateTime.parse("2026-05-14T09:00");

        List<Planned> planned = tenAndTwoHours.remindersFor(nineOClock, Instant.parse("2026-05-10T15:00:00Z"));

        assertThat(planned).singleElement().satisfies(p -> {
            assertThat(p.offset().text()).isEqualTo("PT2H");
            assertThat(civilTime.localOf(p.due())).isEqualTo(LocalDateTime.parse("2026-05-14T07:00"));
        });
    }

    @Test
    void theNudgeGoesTwoDaysBeforeUnlessTheInvitationCameLater() {
        LocalDateTime start = LocalDateTime.parse("2026-05-14T09:00");

        assertThat(policy.nudgeFor(start, Instant.parse("2026-05-04T13:00:00Z")))
                .map(p -> civilTime.localOf(p.due())).contains(LocalDateTime.parse("2026-05-12T09:00"));
        assertThat(policy.nudgeFor(start, Instant.parse("2026-05-13T13:00:00Z"))).isEmpty();
    }

    @Test
    void aReminderFoundDueAfterTheStartIsDropped() {
        LocalDateTime start = LocalDateTime.parse("2026-05-14T09:00");

        assertThat(policy.stillWorthSending(start, Instant.parse("2026-05-14T12:59:59Z"))).isTrue();
        assertThat(policy.stillWorthSending(start, Instant.parse("2026-05-14T13:00:00Z"))).isFalse();
    }

    @Test
    void offsetsReadAsIsoDurations() {
        assertThat(CivilOffset.parse("P1D").before(LocalDateTime.parse("2026-05-14T09:00")))
                .isEqualTo(LocalDateTime.parse("2026-05-13T09:00"));
        assertThat(CivilOffset.parse("pt90m").before(LocalDateTime.parse("2026-05-14T09:00")))
                .isEqualTo(LocalDateTime.parse("2026-05-14T07:30"));
        assertThat(CivilOffset.parse("P1DT12H").before(LocalDateTime.parse("2026-05-14T09:00")))
                .isEqualTo(LocalDateTime.parse("2026-05-12T21:00"));
        assertThatThrownBy(() -> CivilOffset.parse("1 day")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CivilOffset.parse("PT0S")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CivilOffset.parse("-P1D")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void quietHoursCrossMidnightAndEndAtTheirEnd() {
        QuietHours night = QuietHours.parse("22:00-07:00").orElseThrow();

        assertThat(night.contains(LocalTime.parse("22:00"))).isTrue();
        assertThat(night.contains(LocalTime.parse("06:59"))).isTrue();
        assertThat(night.contains(LocalTime.parse("07:00"))).isFalse();
        assertThat(night.contains(LocalTime.parse("21:59"))).isFalse();
        assertThat(night.endOf(LocalDateTime.parse("2026-05-13T23:10"))).isEqualTo(LocalDateTime.parse("2026-05-14T07:00"));
        assertThat(night.endOf(LocalDateTime.parse("2026-05-14T03:00"))).isEqualTo(LocalDateTime.parse("2026-05-14T07:00"));
        assertThat(QuietHours.parse(" 13:00 - 14:00 ").orElseThrow().contains(LocalTime.parse("13:30"))).isTrue();
        assertThat(QuietHours.parse("  ")).isEqualTo(Optional.empty());
        assertThatThrownBy(() -> QuietHours.parse("25:00-07:00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QuietHours.parse("22:00")).isInstanceOf(IllegalArgumentException.class);
    }

    private ReminderPolicy policy(String quietHours, String... offsets) {
        return new ReminderPolicy(List.of(offsets).stream().map(CivilOffset::parse).toList(),
                CivilOffset.parse("P2D"), QuietHours.parse(quietHours), civilTime);
    }

    private static List<Instant> dues(List<Planned> planned) {
        return planned.stream().map(Planned::due).toList();
    }
}
