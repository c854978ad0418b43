package cl.slep.encuentros.encuentros.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.springframework.core.io.ClassPathResource;

/**
 * The attendance export as Excel set to Chilean Spanish opens it: fields separated by semicolons (the comma is the
 * decimal separator there), UTF-8 with a byte order mark (without it Excel reads the accents as Latin-1), CRLF line
 * ends. Headers and the words in cells come from {@code encuentros/attendance-csv.properties}.
 */
public final class AttendanceCsv {

    public static final String RESOURCE = "encuentros/attendance-csv.properties";
    public static final String CONTENT_TYPE = "text/csv; charset=UTF-8";
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final List<String> COLUMNS =
            List.of("name", "establishment", "rbd", "role", "networks", "answer", "present", "checkin");
    static final CSVFormat FORMAT = CSVFormat.Builder.create()
            .setDelimiter(';')
            .setQuote('"')
            .setQuoteMode(QuoteMode.MINIMAL)
            .setRecordSeparator("\r\n")
            .get();

    /** One person's line, already in words. */
    public record Row(String name, String establishment, String rbd, String role, String networks, String answer,
            String present, String checkInTime) {
    }

    private final Properties labels;

    public AttendanceCsv() {
        this.labels = load();
    }

    public String label(String key) {
        String label = labels.getProperty(key);
        if (label == null) {
            throw new IllegalStateException(RESOURCE + " has no " + key);
        }
        return label;
    }

    public byte[] write(List<Row> rows) {
        StringWriter out = new StringWriter();
        out.write(BYTE_ORDER_MARK);
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            printer.printRecord(COLUMNS.stream().map(column -> label("header." + column)).toList());
            for (Row row : rows) {
                printer.printRecord(row.name(), row.establishment(), row.rbd(), row.role(), row.networks(),
                        row.answer(), row.present(), row.checkInTime());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(new ClassPathResource(RESOURCE).getInputStream(),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
