package cl.slep.encuentros.bot.internal;

/**
 * What a deep link's {@code /start} payload asks for (the QR code's {@code ci_<code>}), handled before /start's
 * usual greeting. Implemented by the feature that hands out such links.
 */
public interface StartPayloadHandler {

    boolean accepts(String payload);

    /**
     * Acts on the payload. Returns true when /start should still greet and register the person as usual (someone
     * new, whose link waits for their registration), false when this answer is all they need.
     */
    boolean handle(Incoming in, String payload);
}
