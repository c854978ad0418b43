package cl.slep.encuentros.simulator;

import cl.slep.encuentros.runmode.SimulatorModeCondition;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Conditional;

/**
 * Every bean of this package carries it, so that none of them exists when the bot talks to the real Telegram; the
 * one exception is {@link ErrorPages}, the Spanish error page of every mode.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Conditional(SimulatorModeCondition.class)
@interface SimulatorMode {
}
