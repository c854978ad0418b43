package cl.slep.encuentros.participants;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a list of establishments, {@code RBD;nombre;comuna}, with or without a header line. A row that cannot be
 * used becomes a problem naming its line, in Spanish (texts in {@link ImportMessages}), and the rest is still read: one typo in a list of forty
 * should not hold back the other thirty-nine.
 */
final class EstablishmentCsv {

    static final int MAX_NAME_LENGTH = 200;

    private static final Pattern DIGITS = Pattern.compile("\\d{1,9}");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    record Row(int line, int rbd, String name, Commune commune) {
    }

    record Parsed(List<Row> rows, List<String> problems) {
    }

    private EstablishmentCsv() {
    }

    static Parsed read(Reader reader) {
        List<Row> rows = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Map<Integer, Integer> lineOfRbd = new HashMap<>();
        boolean first = true;
        for (SemicolonCsv.Record line : SemicolonCsv.read(reader)) {
            boolean mayBeHeader = first;
            first = false;
            if (line.badQuotes()) {
                problems.add(problem(line, ImportMessages.get("bad_quotes")));
                continue;
            }
            List<String> fields = line.fields();
            if (mayBeHeader && isHeader(fields)) {
                continue;
            }
            // A spreadsheet adds empty trailing columns when some other row of it had more.
            while (fields.size() > 3 && fields.get(fields.size() - 1).isEmpty()) {
                fields = fields.subList(0, fields.size() - 1);
            }
            if (fields.size() != 3) {
                problems.add(problem(line, columnCount(fields)));
                continue;
            }
            String rbdText = fields.get(0);
            if (rbdText.isEmpty()) {
                problems.add(problem(line, ImportMessages.get("rbd.missing")));
                continue;
            }
            if (!DIGITS.matcher(rbdText).matches() || Integer.parseInt(rbdText) == 0) {
                problems.add(problem(line, ImportMessages.get("rbd.not_a_number", rbdText)));
                continue;
            }
            int rbd = Integer.parseInt(rbdText);
            String name = WHITESPACE.matcher(fields.get(1)).replaceAll(" ");
            if (name.isEmpty()) {
                problems.add(problem(line, ImportMessages.get("name.missing")));
                continue;
            }
            if (name.length() > MAX_NAME_LENGTH) {
                problems.add(problem(line, ImportMessages.get("name.too_long", MAX_NAME_LENGTH)));
                continue;
            }
            Optional<Commune> commune = Commune.parse(fields.get(2));
            if (commune.isEmpty()) {
                problems.add(problem(line, fields.get(2).isEmpty()
                        ? ImportMessages.get("commune.missing")
                        : ImportMessages.get("commune.unknown", fields.get(2))));
                continue;
            }
            Integer earlier = lineOfRbd.putIfAbsent(rbd, line.line());
            if (earlier != null) {
                problems.add(problem(line, ImportMessages.get("rbd.repeated", rbd, earlier)));
                continue;
            }
            rows.add(new Row(line.line(), rbd, name, commune.get()));
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(ImportMessages.get("empty"));
        }
        return new Parsed(rows, problems);
    }

    // Only the first data line may be a header, and only if it is not a row: its RBD column is no number and it
    // names the columns as people do ("RBD;Nombre;Comuna", "rbd;establecimiento;comuna").
    private static boolean isHeader(List<String> fields) {
        if (DIGITS.matcher(fields.get(0)).matches()) {
            return false;
        }
        return fields.stream()
                .map(SearchKey::of)
                .anyMatch(field -> field.contains("rbd") || field.equals("nombre") || field.equals("comuna"));
    }

    private static String columnCount(List<String> fields) {
        // One column holding commas: saved as "CSV (delimitado por comas)" from a spreadsheet not in Chilean locale.
        boolean commas = fields.size() == 1 && fields.get(0).contains(",");
        return ImportMessages.get(commas ? "columns.commas" : "columns", fields.size());
    }

    private static String problem(SemicolonCsv.Record line, String message) {
        return ImportMessages.get("problem", line.line(), message);
    }
}
