package cl.slep.encuentros.bot.internal.encuentros;

import cl.slep.encuentros.bot.internal.buttons.StepButtons.EncuentroFieldChoice.EncuentroField;

/**
 * An encuentro being changed in chat: which one, what the coordinator chose to change, and the encuentro as it
 * would be (the same draft /nuevo_encuentro fills, so the same questions and checks apply).
 */
record EditEncuentroState(long encuentroId, EncuentroField field, NewEncuentroDraft draft) {

    EditEncuentroState changing(EncuentroField value) {
        return new EditEncuentroState(encuentroId, value, draft);
    }

    EditEncuentroState withDraft(NewEncuentroDraft value) {
        return new EditEncuentroState(encuentroId, field, value);
    }
}
