package cl.slep.encuentros.participants;

import java.text.Normalizer;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The rule for a participant's full name: 2 to 100 characters of letters (accents and ñ), spaces, ' and -. */
public final class FullName {

    public enum Problem { TOO_SHORT, TOO_LONG, INVALID_CHARACTERS, NEEDS_LETTERS }

    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{M} '’\\-]+");

    private static final Set<Integer> HANGUL_FILLERS = Set.of(0x115F, 0x1160, 0x3164, 0xFFA0);

    private FullName() {
    }

    /**
     * Text a person typed, as it is stored and shown to staff: composed (NFC), without invisible format characters
     * (zero-width spaces, right-to-left overrides) or Hangul fillers (letters that show nothing), spaces collapsed.
     */
    public static String cleanText(String typed) {
        if (typed == null) {
            return "";
        }
        String composed = Normalizer.normalize(typed, Normalizer.Form.NFC);
        StringBuilder kept = new StringBuilder(composed.length());
        composed.codePoints().filter(c -> Character.getType(c) != Character.FORMAT && !HANGUL_FILLERS.contains(c))
                .forEach(kept::appendCodePoint);
        return kept.toString().strip().replaceAll("\\s+", " ");
    }

    /** Cleans and collapses spaces, as people type. */
    public static String normalise(String typed) {
        return cleanText(typed).replace('’', '\'');
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
