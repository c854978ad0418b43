package cl.slep.encuentros.participants;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code ;}-separated files a spreadsheet in Chilean locale saves (the comma is the decimal separator there).
 * Small enough to read by hand: fields are trimmed, may be wrapped in double quotes (a quote inside is written
 * {@code ""}), a field never spans lines. Lines starting with {@code #} are comments; blank lines are skipped;
 * a UTF-8 byte order mark (Excel writes one) is dropped; line numbers count every physical line, so a problem
 * can point the person at the right line of their file.
 */
final class SemicolonCsv {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    record Line(int number, String text) {
    }

    static final class MalformedLineException extends RuntimeException {

        MalformedLineException(String message) {
            super(message);
        }
    }

    private SemicolonCsv() {
    }

    /** The lines that carry data, with their line numbers in the file. Does not close the reader. */
    static List<Line> dataLines(Reader reader) {
        List<Line> lines = new ArrayList<>();
        BufferedReader buffered = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        try {
            int number = 0;
            for (String text = buffered.readLine(); text != null; text = buffered.readLine()) {
                number++;
                if (number == 1 && !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
                    text = text.substring(1);
                }
                String trimmed = text.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    lines.add(new Line(number, text));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    /** The line's fields, trimmed and unquoted; throws {@link MalformedLineException} (in Spanish) on an open quote. */
    static List<String> fields(String text) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        int length = text.length();
        while (true) {
            while (i < length && isBlank(text.charAt(i))) {
                i++;
            }
            if (i < length && text.charAt(i) == '"') {
                i++;
                boolean closed = false;
                while (i < length) {
                    char c = text.charAt(i++);
                    if (c != '"') {
                        field.append(c);
                    } else if (i < length && text.charAt(i) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        closed = true;
                        break;
                    }
                }
                if (!closed) {
                    throw new MalformedLineException("hay comillas sin cerrar");
                }
            }
            // Unquoted text, or stray text after a closing quote, which is kept rather than lost.
            while (i < length && text.charAt(i) != ';') {
                field.append(text.charAt(i++));
            }
            fields.add(field.toString().strip());
            field.setLength(0);
            if (i >= length) {
                return fields;
            }
            i++;
        }
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }
}
