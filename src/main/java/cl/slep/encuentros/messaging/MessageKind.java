package cl.slep.encuentros.messaging;

/** The kind of a queued call, stored beside it so the sender can pace it without reading its payload. */
public enum MessageKind {
    TEXT(true, true),
    EDIT_TEXT(false, true),
    EDIT_KEYBOARD(false, true),
    CALLBACK_ANSWER(false, false),
    DELETE(false, true),
    /** A file or a photo: both upload bytes and are paced alike (no kind of its own, so stored rows stay valid). */
    DOCUMENT(true, true),
    VENUE(true, true),
    /** Not a message: Telegram's per-chat and global message limits do not apply to it. */
    COMMAND_MENU(false, false);

    private final boolean pacedPerChat;
    private final boolean pacedGlobally;

    MessageKind(boolean pacedPerChat, boolean pacedGlobally) {
        this.pacedPerChat = pacedPerChat;
        this.pacedGlobally = pacedGlobally;
    }

    /** New messages count against the per-chat limits (1 a second to a person, 20 a minute to a group). */
    public boolean pacedPerChat() {
        return pacedPerChat;
    }

    /** Counts against the bot-wide limit of about 30 a second. */
    public boolean pacedGlobally() {
        return pacedGlobally;
    }

    public static MessageKind of(OutgoingMessage message) {
        if (message instanceof OutgoingMessage.Text) {
            return TEXT;
        }
        if (message instanceof OutgoingMessage.EditText) {
            return EDIT_TEXT;
        }
        if (message instanceof OutgoingMessage.EditKeyboard) {
            return EDIT_KEYBOARD;
        }
        if (message instanceof OutgoingMessage.CallbackAnswer) {
            return CALLBACK_ANSWER;
        }
        if (message instanceof OutgoingMessage.Delete) {
            return DELETE;
        }
        if (message instanceof OutgoingMessage.Venue) {
            return VENUE;
        }
        if (message instanceof OutgoingMessage.CommandMenu) {
            return COMMAND_MENU;
        }
        return DOCUMENT;
    }
}
