package cl.slep.encuentros.participants;

import java.util.List;

/**
 * What an import of establishments did. {@code problems} are in Spanish, one per skipped row, each naming
 * its line in the file (e.g. {@code línea 7: el RBD "12a" no es un número}), for the person who fixes the file.
 */
public record ImportReport(int created, int updated, int unchanged, List<String> problems) {

    public ImportReport {
        problems = List.copyOf(problems);
    }
}
