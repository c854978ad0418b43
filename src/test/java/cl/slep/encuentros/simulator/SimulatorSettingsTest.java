package cl.slep.encuentros.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import cl.slep.encuentros.runmode.SimulatorModeCondition;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mock.env.MockEnvironment;

class SimulatorSettingsTest {

    @Test
    void propertiesDefaultToTelegramsLimitsAndTheLocalToken() {
        SimulatorProperties defaults = new Binder(new MapConfigurationPropertySource(Map.of("encuentros.simulator.enabled", "true")))
                .bindOrCreate("encuentros.simulator", SimulatorProperties.class);

        assertThat(defaults.enabled()).isTrue();
        assertThat(defaults.botToken()).isEqualTo("1000001:simulador-local");
        assertThat(defaults.rateLimits()).isEqualTo(RateLimits.telegram());

        SimulatorProperties relaxed = new Binder(new MapConfigurationPropertySource(Map.of(
                "encuentros.simulator.rate-limits.enabled", "false",
                "encuentros.simulator.rate-limits.global-per-second", "60")))
                .bindOrCreate("encuentros.simulator", SimulatorProperties.class);
        assertThat(relaxed.enabled()).isNull();
        assertThat(relaxed.rateLimits()).isEqualTo(new RateLimits(false, 60, 2, 1, 20));
    }

    @Test
    void theEmulatorBeanExistsOnlyInSimulatorMode() {
        ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(SimulatorConfiguration.class);

        runner.run(context -> assertThat(context).hasSingleBean(BotApiEmulator.class));
        runner.withPropertyValues("encuentros.telegram.token=123:abc")
                .run(context -> assertThat(context).doesNotHaveBean(BotApiEmulator.class));
        runner.withPropertyValues("encuentros.telegram.token=123:abc", "encuentros.simulator.enabled=true",
                        "encuentros.simulator.rate-limits.enabled=false")
                .run(context -> assertThat(context.getBean(BotApiEmulator.class).defaultRateLimits().enabled()).isFalse());
    }

    @Test
    void withoutATokenTheApplicationRunsAsASimulator() {
        assertThat(SimulatorModeCondition.isSimulatorMode(new MockEnvironment())).isTrue();
        assertThat(SimulatorModeCondition.isSimulatorMode(new MockEnvironment()
                .withProperty("encuentros.telegram.token", "  "))).isTrue();
    }

    @Test
    void aTokenMeansTheRealTelegramUnlessTheSimulatorIsAskedFor() {
        MockEnvironment withToken = new MockEnvironment().withProperty("encuentros.telegram.token", "123:abc");
        assertThat(SimulatorModeCondition.isSimulatorMode(withToken)).isFalse();
        assertThat(SimulatorModeCondition.isSimulatorMode(withToken.withProperty("encuentros.simulator.enabled", "true"))).isTrue();
    }

    @Test
    void explicitlyDisabledWinsEvenWithoutAToken() {
        assertThat(SimulatorModeCondition.isSimulatorMode(new MockEnvironment()
                .withProperty("encuentros.simulator.enabled", "false"))).isFalse();
    }
}
