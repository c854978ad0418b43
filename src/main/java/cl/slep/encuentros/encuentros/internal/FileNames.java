package cl.slep.encuentros.encuentros.internal;

import java.text.Normalizer;
import java.util.Locale;

/** Safe file names from titles people typed: no accents, spaces or punctuation, and not too long. */
public final class FileNames {

    private static final int MAX = 40;

    private FileNames() {
    }

    public static String slug(String title) {
        String ascii = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > MAX) {
            slug = slug.substring(0, MAX).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "encuentro" : slug;
    }
}
