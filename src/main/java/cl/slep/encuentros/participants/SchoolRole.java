package cl.slep.encuentros.participants;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/**
 * What a person does at their establishment, by its code in {@code catalogue/roles.csv} (stored as this text in the
 * database). Which roles exist, how they read and which networks they suggest is catalogue data ({@link RoleView},
 * {@link Catalogue#roles()}); the code knows only {@link #OTHER}, the one that asks the person to say which.
 */
public record SchoolRole(String code) {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9_]{1,40}");

    /** "Otro": the person writes their role, kept beside it. */
    public static final SchoolRole OTHER = new SchoolRole("OTRO");

    public SchoolRole {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("A role code is 1 to 40 of A-Z, 0-9 and _: " + code);
        }
    }

    // A plain string in JSON, as the enum this replaced was: conversations saved before keep reading.
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static SchoolRole of(String code) {
        return new SchoolRole(code);
    }

    @JsonValue
    @Override
    public String code() {
        return code;
    }

    public boolean isOther() {
        return equals(OTHER);
    }

    @Override
    public String toString() {
        return code;
    }
}
