package cl.slep.encuentros.simulator;

import cl.slep.encuentros.runmode.SimulatorModeCondition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The server's own errors answered like the application's, in every run mode, as {@link ErrorPages} are. */
@Configuration(proxyBeanMethods = false)
class ServerErrorsConfiguration {

    @Bean
    ServerErrors.Installer serverErrors(Environment environment) {
        return new ServerErrors.Installer(SimulatorModeCondition.isSimulatorMode(environment));
    }
}
