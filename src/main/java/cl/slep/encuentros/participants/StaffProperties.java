package cl.slep.encuentros.participants;

import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code ENCUENTROS_ADMINS}: comma-separated Telegram user ids that are admins from start-up. */
@ConfigurationProperties("encuentros")
record StaffProperties(Set<Long> admins) {

    StaffProperties {
        admins = admins == null ? Set.of() : Set.copyOf(admins);
    }
}
