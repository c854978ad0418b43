package cl.slep.encuentros.participants;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long personal data of someone inactive is kept, and how much warning they get before it is erased.
 *
 * @param inactivity time without any message or tap before erasure (ENCUENTROS_RETENTION_INACTIVITY, default P24M)
 * @param notice how long before erasure the person is warned (ENCUENTROS_RETENTION_NOTICE, default P30D)
 */
@ConfigurationProperties("encuentros.retention")
record RetentionProperties(
        @DefaultValue("P24M") Period inactivity,
        @DefaultValue("P30D") Period notice) {
}
