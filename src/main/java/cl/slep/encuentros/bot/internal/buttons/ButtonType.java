package cl.slep.encuentros.bot.internal.buttons;

import cl.slep.encuentros.participants.StaffRole;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a button type: its short prefix (lower-case letters, unique), the version of its layout, and who may
 * press it. The router refuses a tap before the button's handler runs when the person's role or registration is
 * not enough; the handler still reloads its own state and checks ownership.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ButtonType {

    String prefix();

    /** Raise it when the components change: buttons already in chats then read as stale, never as garbage. */
    int version() default 1;

    StaffRole role() default StaffRole.PARTICIPANT;

    boolean registeredOnly() default false;
}
