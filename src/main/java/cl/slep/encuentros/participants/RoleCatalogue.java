package cl.slep.encuentros.participants;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The roles people choose from ({@code catalogue/roles.csv}, {@code código;nombre;redes sugeridas}, in the order
 * offered) and how staff roles read ({@code catalogue/staff-roles.properties}). Read once at start-up; a file with
 * a mistake stops the start-up rather than showing a person a broken button.
 */
@Component
class RoleCatalogue {

    static final String ROLES = "catalogue/roles.csv";
    static final String STAFF_LABELS = "catalogue/staff-roles.properties";

    private final Map<SchoolRole, RoleView> roles;
    private final Map<StaffRole, String> staffLabels;

    RoleCatalogue() {
        this(read(ROLES));
    }

    RoleCatalogue(Reader rolesCsv) {
        this.roles = parse(rolesCsv);
        this.staffLabels = staffLabels();
    }

    private static Reader read(String path) {
        try {
            return new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<RoleView> all() {
        return List.copyOf(roles.values());
    }

    Optional<RoleView> of(SchoolRole role) {
        return Optional.ofNullable(roles.get(role));
    }

    Optional<RoleView> at(int position) {
        List<RoleView> all = all();
        return position >= 1 && position <= all.size() ? Optional.of(all.get(position - 1)) : Optional.empty();
    }

    /** A role taken out of the file after someone chose it still reads as something: its code. */
    String label(SchoolRole role) {
        return of(role).map(RoleView::label).orElse(role.code());
    }

    String label(StaffRole role) {
        return staffLabels.get(role);
    }

    static Map<SchoolRole, RoleView> parse(Reader csv) {
        List<SemicolonCsv.Record> lines;
        try (csv) {
            lines = SemicolonCsv.read(csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<SchoolRole, RoleView> roles = new LinkedHashMap<>();
        Set<String> labels = new HashSet<>();
        for (SemicolonCsv.Record line : lines) {
            List<String> fields = new ArrayList<>(line.fields());
            if (fields.size() == 2) {
                fields.add("");
            }
            if (line.badQuotes() || fields.size() != 3 || fields.get(0).isEmpty() || fields.get(1).isEmpty()) {
                throw problem(line, "is not code;label;networks");
            }
            SchoolRole role;
            try {
                role = SchoolRole.of(fields.get(0));
            } catch (IllegalArgumentException e) {
                throw problem(line, "has a code that is not 1 to 40 of A-Z, 0-9 and _");
            }
            if (roles.containsKey(role) || !labels.add(fields.get(1))) {
                throw problem(line, "repeats a code or a name");
            }
            List<String> networks = Arrays.stream(fields.get(2).split(",")).map(String::strip)
                    .filter(code -> !code.isEmpty()).toList();
            roles.put(role, new RoleView(role, roles.size() + 1, fields.get(1), networks));
        }
        if (!roles.containsKey(SchoolRole.OTHER)) {
            throw new IllegalStateException(ROLES + " must offer " + SchoolRole.OTHER.code());
        }
        return roles;
    }

    private static IllegalStateException problem(SemicolonCsv.Record line, String what) {
        return new IllegalStateException(ROLES + " line " + line.line() + " " + what);
    }

    private static Map<StaffRole, String> staffLabels() {
        Properties file = new Properties();
        try (Reader reader = read(STAFF_LABELS)) {
            file.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<StaffRole, String> labels = new EnumMap<>(StaffRole.class);
        for (StaffRole role : StaffRole.values()) {
            String label = file.getProperty("staff." + role.name());
            if (label == null || label.isBlank()) {
                throw new IllegalStateException(STAFF_LABELS + " has no label for staff." + role.name());
            }
            labels.put(role, label.strip());
        }
        return labels;
    }
}
