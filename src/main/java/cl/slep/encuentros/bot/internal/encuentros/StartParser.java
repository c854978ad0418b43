package cl.slep.encuentros.bot.internal.encuentros;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date and start time in one answer, as people in Chile type them: "10/04 9:00", "10-04-2026 09:00",
 * "10/04/2026 9:00", "jueves 10 de abril 9:00", "mañana 15:30", "hoy 16:00", also "9.00", "9 hrs", "09:00 hrs",
 * "a las 9", "3 pm", with or without accents. A weekday, when given, must match the date. Without a year, the date's
 * next occurrence is meant; a date in the last month is taken as a mistake (past), not as next year.
 */
public final class StartParser {

    private static final Locale SPANISH = Locale.forLanguageTag("es-CL");
    private static final int RECENT_DAYS = 31;
    private static final Map<String, Month> MONTHS = new HashMap<>();
    private static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();

    static {
        for (Month month : Month.values()) {
            String name = Words.normalise(month.getDisplayName(TextStyle.FULL, SPANISH));
            MONTHS.put(name, month);
            MONTHS.put(name.substring(0, 3), month);
        }
        // Both spellings are correct in Chile; "sept" is a common abbreviation.
        MONTHS.put("setiembre", Month.SEPTEMBER);
        MONTHS.put("sept", Month.SEPTEMBER);
        for (DayOfWeek day : DayOfWeek.values()) {
            WEEKDAYS.put(Words.normalise(day.getDisplayName(TextStyle.FULL, SPANISH)), day);
        }
    }

    private static final String TIME = "(?:a\\s?las?\\s)?(?<h>\\d{1,2})(?:\\s?[:.h]\\s?(?<min>\\d{2}))?"
            + "\\s?(?<ampm>am|pm|a\\.\\s?m\\.?|p\\.\\s?m\\.?)?\\s?(?:hrs?|horas?|hs|h)?\\.?";
    private static final Pattern INPUT = Pattern.compile("(?:(?<weekday>[a-z]+),?\\s)?"
            + "(?:(?<relative>hoy|pasado_manana|manana)"
            + "|(?<d>\\d{1,2})\\s?[/-]\\s?(?<m>\\d{1,2})(?:\\s?[/-]\\s?(?<y>\\d{4}|\\d{2}))?"
            + "|(?<d2>\\d{1,2})(?:\\sde)?\\s(?<month>[a-z]+)\\.?(?:(?:\\sde|\\sdel)?\\s(?<y2>\\d{4}))?)"
            + "(?:,?\\s" + TIME + ")?");

    private final Clock clock;
    private final ZoneId zone;
    private final Duration grace;

    /** {@code grace}: how far in the past a start may be (an encuentro created on the spot). */
    public StartParser(Clock clock, ZoneId zone, Duration grace) {
        this.clock = clock;
        this.zone = zone;
        this.grace = grace;
    }

    public Parsed<LocalDateTime, StartProblem> parse(String text) {
        Matcher match = INPUT.matcher(Words.normalise(text).replace("pasado manana", "pasado_manana"));
        if (!match.matches()) {
            return Parsed.problem(StartProblem.UNREADABLE);
        }
        DayOfWeek weekday = null;
        if (match.group("weekday") != null) {
            weekday = WEEKDAYS.get(match.group("weekday"));
            if (weekday == null) {
                return Parsed.problem(StartProblem.UNREADABLE);
            }
        }
        LocalDateTime now = LocalDateTime.now(clock.withZone(zone));
        Parsed<LocalDate, StartProblem> date = date(match, now.toLocalDate());
        if (!date.ok()) {
            return Parsed.problem(date.problem());
        }
        if (match.group("h") == null) {
            return Parsed.problem(StartProblem.TIME_MISSING);
        }
        Parsed<LocalTime, StartProblem> time = time(match.group("h"), match.group("min"), match.group("ampm"));
        if (!time.ok()) {
            return Parsed.problem(time.problem());
        }
        LocalDateTime start = date.value().atTime(time.value());
        if (weekday != null && start.getDayOfWeek() != weekday) {
            return Parsed.problem(StartProblem.WEEKDAY_MISMATCH);
        }
        if (start.isBefore(now.minus(grace))) {
            return Parsed.problem(StartProblem.PAST);
        }
        return Parsed.of(start);
    }

    private Parsed<LocalDate, StartProblem> date(Matcher match, LocalDate today) {
        String relative = match.group("relative");
        if (relative != null) {
            int days = relative.equals("hoy") ? 0 : relative.startsWith("pasado") ? 2 : 1;
            return Parsed.of(today.plusDays(days));
        }
        int day;
        Month month;
        String year;
        if (match.group("d") != null) {
            day = Integer.parseInt(match.group("d"));
            int monthNumber = Integer.parseInt(match.group("m"));
            if (monthNumber < 1 || monthNumber > 12) {
                return Parsed.problem(StartProblem.NO_SUCH_DATE);
            }
            month = Month.of(monthNumber);
            year = match.group("y");
        } else {
            day = Integer.parseInt(match.group("d2"));
            month = MONTHS.get(match.group("month"));
            if (month == null) {
                return Parsed.problem(StartProblem.UNREADABLE);
            }
            year = match.group("y2");
        }
        try {
            if (year != null) {
                int fullYear = year.length() == 2 ? 2000 + Integer.parseInt(year) : Integer.parseInt(year);
                return Parsed.of(LocalDate.of(fullYear, month, day));
            }
            return Parsed.of(nextOccurrence(today, month, day));
        } catch (DateTimeException noSuchDate) {
            return Parsed.problem(StartProblem.NO_SUCH_DATE);
        }
    }

    /** This year's date, or next year's if it went by more than a month ago; 29 February looks ahead to a leap year. */
    private static LocalDate nextOccurrence(LocalDate today, Month month, int day) {
        if (day > month.maxLength()) {
            throw new DateTimeException("No such day");
        }
        for (int year = today.getYear(); year <= today.getYear() + 8; year++) {
            if (day <= month.length(java.time.Year.isLeap(year))) {
                LocalDate candidate = LocalDate.of(year, month, day);
                if (!candidate.isBefore(today.minusDays(RECENT_DAYS))) {
                    return candidate;
                }
            }
        }
        throw new DateTimeException("No such day");
    }

    static Parsed<LocalTime, StartProblem> time(String hours, String minutes, String ampm) {
        int hour = Integer.parseInt(hours);
        int minute = minutes == null ? 0 : Integer.parseInt(minutes);
        if (ampm != null) {
            if (hour < 1 || hour > 12) {
                return Parsed.problem(StartProblem.NO_SUCH_TIME);
            }
            hour = hour % 12 + (ampm.startsWith("p") ? 12 : 0);
        }
        if (hour > 23 || minute > 59) {
            return Parsed.problem(StartProblem.NO_SUCH_TIME);
        }
        return Parsed.of(LocalTime.of(hour, minute));
    }
}
