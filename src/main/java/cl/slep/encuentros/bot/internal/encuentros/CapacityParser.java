package cl.slep.encuentros.bot.internal.encuentros;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A capacity: "30", "30 personas", "1.000" (thousands with a dot, as written in Chile). */
public final class CapacityParser {

    static final int LARGEST = 5000;
    private static final Pattern NUMBER = Pattern.compile("(?<n>\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:\\s[a-z]+)?\\.?");

    private CapacityParser() {
    }

    public static Parsed<Integer, CapacityProblem> parse(String text) {
        Matcher match = NUMBER.matcher(Words.normalise(text));
        if (!match.matches()) {
            return Parsed.problem(CapacityProblem.UNREADABLE);
        }
        String digits = match.group("n").replace(".", "");
        if (digits.length() > 6) {
            return Parsed.problem(CapacityProblem.TOO_LARGE);
        }
        int capacity = Integer.parseInt(digits);
        if (capacity <= 0) {
            return Parsed.problem(CapacityProblem.NOT_POSITIVE);
        }
        if (capacity > LARGEST) {
            return Parsed.problem(CapacityProblem.TOO_LARGE);
        }
        return Parsed.of(capacity);
    }
}
