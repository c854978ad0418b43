package cl.slep.encuentros.bot.internal.encuentros;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The end of an encuentro, as a time ("11:30", "11.30", "13 hrs", "a las 13") on the start's day or as a duration
 * ("2 h", "2 horas", "90 min", "1 h 30 min", "1h30min", "1,5 h", "1.5 horas"). A whole number of hours above
 * {@link #LONGEST_HOURS_AS_DURATION} with an hour unit is a time of day ("13 hrs"), below it a duration ("2 h").
 */
public final class EndParser {

    static final Duration LONGEST = Duration.ofHours(12);
    static final int LONGEST_HOURS_AS_DURATION = 8;

    private static final Pattern CLOCK = Pattern.compile(
            "(?:hasta\\s)?(?:a\\s)?(?:las?\\s)?(?<h>\\d{1,2})\\s?[:.]\\s?(?<min>\\d{2})\\s?(?:hrs?|horas?|hs|h)?\\.?");
    private static final Pattern HOURS = Pattern.compile(
            "(?<prefix>hasta\\s(?:a\\s)?(?:las?\\s)?|(?:a\\s)?las?\\s)?(?<h>\\d{1,2})(?:[.,](?<fraction>\\d{1,2}))?"
            + "\\s?(?<unit>hrs?|horas?|hs|h)?\\.?(?:\\s?(?:y\\s)?(?<min>\\d{1,2})\\s?(?:min|mins|minutos?|m)?\\.?)?");
    private static final Pattern MINUTES = Pattern.compile("(?<min>\\d{1,3})\\s?(?:min|mins|minutos?|m)\\.?");

    private EndParser() {
    }

    public static Parsed<LocalDateTime, EndProblem> parse(String text, LocalDateTime start) {
        String input = Words.normalise(text);
        Matcher clock = CLOCK.matcher(input);
        if (clock.matches()) {
            return at(start, Integer.parseInt(clock.group("h")), Integer.parseInt(clock.group("min")));
        }
        Matcher minutes = MINUTES.matcher(input);
        if (minutes.matches()) {
            return after(start, Duration.ofMinutes(Integer.parseInt(minutes.group("min"))));
        }
        Matcher hours = HOURS.matcher(input);
        if (!hours.matches() || (hours.group("unit") == null && hours.group("prefix") == null)) {
            return Parsed.problem(EndProblem.UNREADABLE);
        }
        int whole = Integer.parseInt(hours.group("h"));
        String fraction = hours.group("fraction");
        String extraMinutes = hours.group("min");
        boolean timeOfDay = hours.group("prefix") != null
                || (fraction == null && extraMinutes == null && whole > LONGEST_HOURS_AS_DURATION);
        if (timeOfDay) {
            if (fraction != null || extraMinutes != null) {
                return Parsed.problem(EndProblem.UNREADABLE);
            }
            return at(start, whole, 0);
        }
        long minutesTotal = whole * 60L;
        if (fraction != null) {
            // "1,5 h" is an hour and a half: a decimal fraction, not minutes.
            minutesTotal += Math.round(Double.parseDouble("0." + fraction) * 60);
        }
        if (extraMinutes != null) {
            if (fraction != null) {
                return Parsed.problem(EndProblem.UNREADABLE);
            }
            minutesTotal += Integer.parseInt(extraMinutes);
        }
        return after(start, Duration.ofMinutes(minutesTotal));
    }

    private static Parsed<LocalDateTime, EndProblem> at(LocalDateTime start, int hour, int minute) {
        if (hour > 23 || minute > 59) {
            return Parsed.problem(EndProblem.NO_SUCH_TIME);
        }
        LocalDateTime end = start.toLocalDate().atTime(LocalTime.of(hour, minute));
        if (!end.isAfter(start)) {
            return Parsed.problem(EndProblem.NOT_AFTER_START);
        }
        return Parsed.of(end);
    }

    private static Parsed<LocalDateTime, EndProblem> after(LocalDateTime start, Duration duration) {
        if (duration.isZero() || duration.isNegative()) {
            return Parsed.problem(EndProblem.NOT_AFTER_START);
        }
        if (duration.compareTo(LONGEST) > 0) {
            return Parsed.problem(EndProblem.TOO_LONG);
        }
        return Parsed.of(start.plus(duration));
    }
}
