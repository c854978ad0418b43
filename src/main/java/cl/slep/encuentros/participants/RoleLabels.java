package cl.slep.encuentros.participants;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * How each {@link SchoolRole} reads to a person, from {@code catalogue/roles.properties}: the enum's names are
 * stored in the database, the labels are catalogue data that can be reworded without a migration.
 */
@Component
class RoleLabels {

    static final String RESOURCE = "catalogue/roles.properties";

    private final Map<SchoolRole, String> labels;
    private final Map<StaffRole, String> staffLabels = new EnumMap<>(StaffRole.class);

    RoleLabels() {
        Properties file = file();
        this.labels = load(file);
        for (StaffRole role : StaffRole.values()) {
            staffLabels.put(role, required(file, "staff." + role.name()));
        }
    }

    String of(SchoolRole role) {
        return labels.get(role);
    }

    String of(StaffRole role) {
        return staffLabels.get(role);
    }

    private static Properties file() {
        Properties file = new Properties();
        try (Reader reader = new InputStreamReader(new ClassPathResource(RESOURCE).getInputStream(),
                StandardCharsets.UTF_8)) {
            file.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static String required(Properties file, String key) {
        String label = file.getProperty(key);
        if (label == null || label.isBlank()) {
            throw new IllegalStateException(RESOURCE + " has no label for " + key);
        }
        return label.strip();
    }

    // Fails at start-up rather than showing a person an empty button.
    private static Map<SchoolRole, String> load(Properties file) {
        Map<SchoolRole, String> labels = new EnumMap<>(SchoolRole.class);
        for (SchoolRole role : SchoolRole.values()) {
            String label = file.getProperty(role.name());
            if (label == null || label.isBlank()) {
                throw new IllegalStateException(RESOURCE + " has no label for " + role.name());
            }
            labels.put(role, label.strip());
        }
        return labels;
    }
}
