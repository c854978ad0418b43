package cl.slep.encuentros.participants;

import java.util.Optional;
import java.util.regex.Pattern;

/** The rule for a participant's full name: 2 to 100 characters of letters (accents and ñ), spaces, ' and -. */
public final class FullName {

    public enum Problem { TOO_SHORT, TOO_LONG, INVALID_CHARACTERS, NEEDS_LETTERS }

    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{M} '’\\-]+");

    private FullName() {
    }

    /** Collapses repeated spaces and trims, as people type. */
    public static String normalise(String typed) {
        return typed == null ? "" : typed.strip().replaceAll("\\s+", " ").replace('’', '\'');
    }

    public static Optional<Problem> problem(String typed) {
        String name = normalise(typed);
        if (name.length() < 2) {
            return Optional.of(Problem.TOO_SHORT);
        }
        if (name.length() > 100) {
            return Optional.of(Problem.TOO_LONG);
        }
        if (!ALLOWED.matcher(name).matches()) {
            return Optional.of(Problem.INVALID_CHARACTERS);
        }
        if (name.codePoints().filter(Character::isLetter).count() < 2) {
            return Optional.of(Problem.NEEDS_LETTERS);
        }
        return Optional.empty();
    }
}
