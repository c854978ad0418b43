package cl.slep.encuentros.scheduler.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param resubmitEventsEvery how often incomplete event publications are looked for
 * @param resubmitEventsAfter how old an incomplete publication must be to be resubmitted
 */
@ConfigurationProperties("encuentros.scheduler")
record SchedulerProperties(
        @DefaultValue("1m") Duration resubmitEventsEvery,
        @DefaultValue("2m") Duration resubmitEventsAfter) {
}
