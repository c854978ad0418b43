package cl.slep.encuentros.participants;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the catalogue at start-up: the networks of {@code catalogue/networks.csv} (new ones added, known ones
 * renamed and put in the file's order) and, unless the official list is configured, a sample of
 * establishments when their tables are empty; the official list ({@code ENCUENTROS_ESTABLISHMENTS_CSV}) at every
 * start-up, so editing the file and restarting is how the registry is kept current.
 *
 * <p>Runs as {@link SmartInitializingSingleton}, after every bean exists (Flyway has migrated, transactions work)
 * and before the lifecycle beans start: the intake starts handling updates then, and an {@code ApplicationRunner}
 * would come after it, leaving a person who registers in the first seconds an empty list.
 */
@Component
class CatalogueLoader implements SmartInitializingSingleton {

    static final String NETWORKS = "catalogue/networks.csv";
    static final String SAMPLE_ESTABLISHMENTS = "catalogue/establishments-sample.csv";

    private static final Logger log = LoggerFactory.getLogger(CatalogueLoader.class);
    // What Excel saves as "CSV (delimitado por comas)" on a Windows in Spanish when nobody picks UTF-8.
    private static final Charset WINDOWS_LATIN = Charset.forName("windows-1252");
    private static final int SORT_STEP = 10;

    private final Catalogue catalogue;
    private final NetworkRepository networks;
    private final EstablishmentRepository establishments;
    private final CatalogueProperties properties;
    private final TransactionTemplate transactions;

    CatalogueLoader(Catalogue catalogue, NetworkRepository networks, EstablishmentRepository establishments,
            CatalogueProperties properties, TransactionTemplate transactions) {
        this.catalogue = catalogue;
        this.networks = networks;
        this.establishments = establishments;
        this.properties = properties;
        this.transactions = transactions;
    }

    @Override
    public void afterSingletonsInstantiated() {
        load();
    }

    void load() {
        seedNetworks();
        if (properties.hasEstablishmentsCsv()) {
            importConfiguredEstablishments(Path.of(properties.establishmentsCsv().strip()));
        } else {
            seedSampleEstablishments();
        }
    }

    /**
     * Makes the table say what the file says, by code. A network missing from the file is not deleted (people and
     * encuentros still point at it); it goes after the file's ones.
     */
    private void seedNetworks() {
        try {
            int[] counts = transactions.execute(status -> syncNetworks(bundledNetworks()));
            if (counts != null && counts[0] + counts[1] > 0) {
                log.info("Networks from {}: {} added, {} updated", NETWORKS, counts[0], counts[1]);
            }
        } catch (DataIntegrityViolationException e) {
            log.info("Networks were loaded meanwhile by another instance");
        }
    }

    private int[] syncNetworks(List<Network> bundled) {
        Map<String, Network> known = networks.findAll().stream()
                .collect(Collectors.toMap(Network::code, Function.identity()));
        int added = 0;
        int updated = 0;
        for (Network network : bundled) {
            Network existing = known.remove(network.code());
            if (existing == null) {
                networks.save(network);
                added++;
            } else if (existing.refresh(network.name(), network.description(), network.sortOrder())) {
                updated++;
            }
        }
        int after = SORT_STEP * (bundled.size() + 1);
        for (Network dropped : known.values()) {
            if (dropped.sortOrder() < after) {
                dropped.refresh(dropped.name(), dropped.description(), after);
                updated++;
            }
        }
        return new int[] {added, updated};
    }

    private static List<Network> bundledNetworks() {
        List<SemicolonCsv.Record> lines;
        try (Reader reader = classpath(NETWORKS)) {
            lines = SemicolonCsv.read(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Network> bundled = new ArrayList<>();
        for (SemicolonCsv.Record line : lines) {
            List<String> fields = line.fields();
            if (fields.size() != 3 || fields.stream().anyMatch(String::isEmpty)) {
                throw new IllegalStateException(NETWORKS + " line " + line.line() + " is not code;name;description");
            }
            // Gaps between positions, so an admin can slot a new network in between without renumbering.
            bundled.add(new Network(fields.get(0), fields.get(1), fields.get(2), SORT_STEP * (bundled.size() + 1)));
        }
        return bundled;
    }

    private void seedSampleEstablishments() {
        try {
            ImportReport report = transactions.execute(status -> {
                if (establishments.count() > 0) {
                    return null;
                }
                try (Reader reader = classpath(SAMPLE_ESTABLISHMENTS)) {
                    return catalogue.importEstablishments(reader);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            if (report == null) {
                return;
            }
            if (!report.problems().isEmpty()) {
                throw new IllegalStateException(SAMPLE_ESTABLISHMENTS + " has problems: " + report.problems());
            }
            log.warn("Loaded {} SAMPLE establishments with fictitious RBDs from {}; set ENCUENTROS_ESTABLISHMENTS_CSV "
                    + "to the official list", report.created(), SAMPLE_ESTABLISHMENTS);
        } catch (DataIntegrityViolationException e) {
            log.info("Establishments were loaded meanwhile by another instance");
        }
    }

    // Never fatal: a bad path or a broken file must not keep the bot from answering; what is there stays.
    private void importConfiguredEstablishments(Path file) {
        String text;
        try {
            text = decode(Files.readAllBytes(file), file);
        } catch (IOException | RuntimeException e) {
            log.error("Could not read the establishments file {} (ENCUENTROS_ESTABLISHMENTS_CSV): {}", file, e.toString());
            return;
        }
        try {
            ImportReport report = catalogue.importEstablishments(new StringReader(text));
            log.info("Imported establishments from {}: {} created, {} updated, {} unchanged, {} rows with problems",
                    file, report.created(), report.updated(), report.unchanged(), report.problems().size());
            report.problems().forEach(problem -> log.warn("{}: {}", file, problem));
        } catch (RuntimeException e) {
            log.error("Could not import the establishments file {}", file, e);
        }
    }

    private static String decode(byte[] bytes, Path file) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            log.warn("{} is not UTF-8; reading it as Windows-1252 (save it as \"CSV UTF-8\" to avoid this)", file);
            return new String(bytes, WINDOWS_LATIN);
        }
    }

    private static Reader classpath(String path) throws IOException {
        return new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8);
    }
}
