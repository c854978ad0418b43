package cl.slep.encuentros.bot.internal.buttons;

/**
 * A button that answers the current step of a conversation. It carries the conversation's turn, so the engine can
 * tell a tap on the current question from a tap on an older message (or a burst of taps on one just answered).
 */
public interface StepButton extends Button {

    int turn();
}
