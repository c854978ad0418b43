package cl.slep.encuentros.participants;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The {@code ;}-separated files a spreadsheet in Chilean locale saves (the comma is the decimal separator there),
 * read with Apache Commons CSV: fields are trimmed, may be wrapped in double quotes (a quote inside is written
 * {@code ""}), and a quoted field may span lines. Lines starting with {@code #} are comments; blank lines are
 * skipped; a UTF-8 byte order mark (Excel writes one) is dropped. Each record carries the physical line it starts
 * on, so a problem can point the person at the right line of their file. A quote that never closes spoils only
 * the record it opens: reading goes on at the next line.
 */
final class SemicolonCsv {

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final CSVFormat FORMAT = CSVFormat.Builder.create()
            .setDelimiter(';')
            .setQuote('"')
            .setCommentMarker('#')
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true)
            .setTrim(true)
            .get();

    /**
     * A record's fields; or, if {@code badQuotes}, none: a quote it opens never closes, or text follows a
     * closing quote.
     */
    record Record(int line, List<String> fields, boolean badQuotes) {
    }

    private SemicolonCsv() {
    }

    /** The records that carry data, in file order. Does not close the reader. */
    static List<Record> read(Reader reader) {
        Lines lines = new Lines(withoutByteOrderMark(readAll(reader)));
        List<Record> records = new ArrayList<>();
        int lastLineRead = 0;
        while (lastLineRead < lines.count()) {
            try (CSVParser parser = CSVParser.parse(new StringReader(lines.from(lastLineRead + 1)), FORMAT)) {
                Iterator<CSVRecord> it = parser.iterator();
                int base = lastLineRead;
                while (true) {
                    int start = lines.firstWithContent(lastLineRead + 1);
                    CSVRecord record;
                    try {
                        if (!it.hasNext()) {
                            return records;
                        }
                        record = it.next();
                    } catch (UncheckedIOException | IllegalStateException e) {
                        records.add(new Record(start, List.of(), true));
                        lastLineRead = start;
                        break;
                    }
                    lastLineRead = base + (int) parser.getCurrentLineNumber();
                    List<String> fields = record.toList();
                    if (!isBlankOrComment(fields)) {
                        records.add(new Record(start, fields, false));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return records;
    }

    private static boolean isBlankOrComment(List<String> fields) {
        return fields.stream().allMatch(String::isEmpty) || fields.get(0).startsWith("#");
    }

    private static String readAll(Reader reader) {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        try {
            for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
                text.append(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static String withoutByteOrderMark(String text) {
        return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    }

    /** The file's physical lines (ended by CRLF, LF or CR), numbered from 1. */
    private static final class Lines {

        private final String text;
        private final List<Integer> starts = new ArrayList<>();

        Lines(String text) {
            this.text = text;
            starts.add(0);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if ((c == '\n' || c == '\r') && i + 1 < text.length()) {
                    starts.add(i + 1);
                }
            }
        }

        int count() {
            return text.isEmpty() ? 0 : starts.size();
        }

        String line(int number) {
            int end = number < starts.size() ? starts.get(number) : text.length();
            return text.substring(starts.get(number - 1), end);
        }

        String from(int number) {
            return number > starts.size() ? "" : text.substring(starts.get(number - 1));
        }

        /** The first line from {@code number} on that is neither blank nor a comment: where a record starts. */
        int firstWithContent(int number) {
            int n = number;
            while (n < count() && (line(n).isBlank() || line(n).strip().startsWith("#"))) {
                n++;
            }
            return n;
        }
    }
}
