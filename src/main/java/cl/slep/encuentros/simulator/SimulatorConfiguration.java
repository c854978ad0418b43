package cl.slep.encuentros.simulator;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The emulator bean, in simulator mode only. */
@Configuration(proxyBeanMethods = false)
@SimulatorMode
@EnableConfigurationProperties(SimulatorProperties.class)
class SimulatorConfiguration {

    @Bean
    BotApiEmulator botApiEmulator(ObjectProvider<Clock> clock, SimulatorProperties properties) {
        return new BotApiEmulator(clock.getIfUnique(Clock::systemUTC), properties.rateLimits());
    }
}
