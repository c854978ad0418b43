package cl.slep.encuentros.participants;

import java.util.Arrays;
import java.util.Optional;

/** The communes the SLEP Iquique serves. */
enum Commune {
    IQUIQUE("Iquique"),
    ALTO_HOSPICIO("Alto Hospicio");

    private final String displayName;

    Commune(String displayName) {
        this.displayName = displayName;
    }

    String displayName() {
        return displayName;
    }

    /** Reads a commune as people write it in a spreadsheet: "IQUIQUE", "alto hospicio", "Alto-Hospicio", "AltoHospicio". */
    static Optional<Commune> parse(String text) {
        String typed = SearchKey.squashed(SearchKey.of(text));
        return Arrays.stream(values())
                .filter(commune -> SearchKey.squashed(SearchKey.of(commune.displayName)).equals(typed))
                .findFirst();
    }
}
