package cl.slep.encuentros.bot.internal.buttons;

import cl.slep.encuentros.bot.internal.Incoming;

/** What one type of button does once the router decoded it and checked who pressed it. */
public interface ButtonHandler<B extends Button> {

    /** The button record this handles, or a sealed interface whose records it all handles. */
    Class<B> type();

    /**
     * Does what the button says, after reloading whatever it depends on; returns a short notice for the person
     * (a toast) or null. The router answers the callback query with it, so the spinner always stops.
     */
    String handle(Incoming in, int messageId, B button);
}
