package cl.slep.encuentros.scheduler.internal;

import cl.slep.encuentros.civiltime.CivilTime;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReminderPolicyConfiguration {

    /** Read once at start: a wrong offset or quiet-hours value stops the start with its reason. */
    @Bean
    ReminderPolicy reminderPolicy(ReminderProperties properties, CivilTime civilTime) {
        return new ReminderPolicy(properties.offsets().stream().map(CivilOffset::parse).toList(),
                CivilOffset.parse(properties.nudgeBefore()), QuietHours.parse(properties.quietHours()), civilTime);
    }
}
