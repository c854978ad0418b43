package cl.slep.encuentros.runmode;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Simulator mode: when {@code encuentros.simulator.enabled} is {@code true}, or when it is not set and there is no
 * Telegram token (a fresh checkout runs as a demo instead of failing for want of a token). The only place this is
 * decided: beans that exist only in that mode are conditional on it, and {@link RunMode} reports it at run time.
 */
public class SimulatorModeCondition implements Condition {

    static final String ENABLED = "encuentros.simulator.enabled";
    static final String TELEGRAM_TOKEN = "encuentros.telegram.token";

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return isSimulatorMode(context.getEnvironment());
    }

    public static boolean isSimulatorMode(Environment environment) {
        String enabled = environment.getProperty(ENABLED);
        if (enabled != null && !enabled.isBlank()) {
            return Boolean.parseBoolean(enabled.trim());
        }
        String token = environment.getProperty(TELEGRAM_TOKEN);
        return token == null || token.isBlank();
    }
}
