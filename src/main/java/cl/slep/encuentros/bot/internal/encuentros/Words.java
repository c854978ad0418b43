package cl.slep.encuentros.bot.internal.encuentros;

import java.text.Normalizer;
import java.util.Locale;

/** Typed text made comparable: lower case, accents and ñ's tilde dropped, spaces collapsed. */
final class Words {

    private Words() {
    }

    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return folded.toLowerCase(Locale.ROOT).replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }
}
