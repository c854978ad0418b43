package cl.slep.encuentros.participants;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The organisation that runs the encuentros and is responsible for the personal data, as people read its name.
 *
 * @param name from {@code ENCUENTROS_ORGANIZATION}, default {@value #DEFAULT_NAME}; a blank value (a variable set
 *         to nothing) counts as unset, so no message ever says "el  (Servicio Local ...)"
 */
@ConfigurationProperties("encuentros.organization")
public record Organization(@DefaultValue(Organization.DEFAULT_NAME) String name) {

    public static final String DEFAULT_NAME = "SLEP Iquique";

    public Organization {
        name = name == null || name.isBlank() ? DEFAULT_NAME : name.strip();
    }
}
