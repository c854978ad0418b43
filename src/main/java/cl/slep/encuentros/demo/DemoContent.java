package cl.slep.encuentros.demo;

import cl.slep.encuentros.encuentros.Answer;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * What the demo holds, read from {@code demo/participants.csv} and {@code demo/encuentros.properties}: people's
 * names and the encuentros' texts are Spanish data, kept out of the code.
 */
record DemoContent(String networkCode, DemoEncuentro upcoming, DemoEncuentro past, List<DemoPerson> people) {

    static final String PARTICIPANTS = "demo/participants.csv";
    static final String ENCUENTROS = "demo/encuentros.properties";

    /** One encuentro's texts and its local start and end times (the dates are computed when it is loaded). */
    record DemoEncuentro(String title, String description, String venueName, String address, Double latitude,
            Double longitude, LocalTime start, LocalTime end) {
    }

    DemoContent {
        people = List.copyOf(people);
    }

    static DemoContent read() {
        Properties encuentros = new Properties();
        try (Reader reader = classpath(ENCUENTROS)) {
            encuentros.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + ENCUENTROS, e);
        }
        List<DemoPerson> people = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setCommentMarker('#').setHeader()
                .setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).get();
        try (Reader reader = classpath(PARTICIPANTS)) {
            for (CSVRecord row : format.parse(reader)) {
                people.add(person(row));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + PARTICIPANTS, e);
        }
        return new DemoContent(required(encuentros, "network"), encuentro(encuentros, "upcoming."),
                encuentro(encuentros, "past."), people);
    }

    private static DemoPerson person(CSVRecord row) {
        String arrived = row.get("llegada_ayer");
        return new DemoPerson(Long.parseLong(row.get("id")), row.get("nombre"), Integer.parseInt(row.get("rbd")),
                row.get("establecimiento"), row.get("cargo"),
                Arrays.stream(row.get("redes").split(",")).map(String::strip).filter(code -> !code.isEmpty()).toList(),
                Answer.valueOf(row.get("respuesta_proximo")), Answer.valueOf(row.get("respuesta_ayer")),
                arrived.isEmpty() ? null : LocalTime.parse(arrived));
    }

    private static DemoEncuentro encuentro(Properties properties, String prefix) {
        String latitude = properties.getProperty(prefix + "latitude");
        String longitude = properties.getProperty(prefix + "longitude");
        return new DemoEncuentro(required(properties, prefix + "title"), properties.getProperty(prefix + "description"),
                required(properties, prefix + "venue"), required(properties, prefix + "address"),
                latitude == null ? null : Double.valueOf(latitude), longitude == null ? null : Double.valueOf(longitude),
                LocalTime.parse(required(properties, prefix + "start")),
                LocalTime.parse(required(properties, prefix + "end")));
    }

    private static String required(Properties properties, String key) {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(ENCUENTROS + " has no " + key);
        }
        return value.strip();
    }

    private static Reader classpath(String path) throws IOException {
        InputStream in = DemoContent.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IOException(path + " is not on the classpath");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
