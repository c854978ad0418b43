package cl.slep.encuentros.participants;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form of a name that searches compare: lower case, without accents (ñ becomes n), every run of
 * punctuation or spaces one space. People type "simon bolivar" or "ESCUELA  chipana" on a phone keyboard and
 * expect to find "Colegio Simón Bolívar" and "Escuela Chipana".
 */
final class SearchKey {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

    private SearchKey() {
    }

    static String of(String text) {
        if (text == null) {
            return "";
        }
        String withoutMarks = COMBINING_MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        String lower = withoutMarks.toLowerCase(Locale.ROOT);
        return NOT_ALPHANUMERIC.matcher(lower).replaceAll(" ").trim();
    }

    static List<String> words(String text) {
        String key = of(text);
        return key.isEmpty() ? List.of() : List.of(key.split(" "));
    }

    /** The key without its spaces: "OHiggins" typed in one word still finds "O'Higgins" (key "o higgins"). */
    static String squashed(String key) {
        return key.replace(" ", "");
    }
}
