package cl.slep.encuentros.bot.internal.staff;

import cl.slep.encuentros.bot.internal.Texts;
import cl.slep.encuentros.participants.Catalogue;
import cl.slep.encuentros.participants.NetworkView;
import cl.slep.encuentros.participants.ParticipantProfile;
import cl.slep.encuentros.participants.Participants;
import java.util.Collection;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * How staff are named to an admin: by the name they registered with, or by their Telegram id when they have not
 * registered (a coordinator is named by id and may never register as a participant).
 */
@Component
class StaffNames {

    // Telegram shows about this much of a button on a phone; the full name is in the message above it.
    private static final int BUTTON_NAME_LENGTH = 28;

    private final Participants participants;
    private final Catalogue catalogue;
    private final Texts texts;

    StaffNames(Participants participants, Catalogue catalogue, Texts texts) {
        this.participants = participants;
        this.catalogue = catalogue;
        this.texts = texts;
    }

    /** For a message (HTML, escaped). */
    String html(long telegramUserId) {
        return Texts.html(plain(telegramUserId));
    }

    /** For a button label, which Telegram shows as plain text. */
    String button(long telegramUserId) {
        String name = participants.findByTelegramUserId(telegramUserId).map(ParticipantProfile::fullName)
                .orElseGet(() -> texts.get("staff.unregistered.short", String.valueOf(telegramUserId)));
        return Texts.shorten(name, BUTTON_NAME_LENGTH);
    }

    private String plain(long telegramUserId) {
        return participants.findByTelegramUserId(telegramUserId).map(ParticipantProfile::fullName)
                .orElseGet(() -> texts.get("staff.unregistered", String.valueOf(telegramUserId)));
    }

    /** The networks' names in the catalogue's order, escaped for HTML. */
    String networks(Collection<Long> networkIds) {
        return Texts.html(catalogue.networks().stream()
                .filter(network -> networkIds.contains(network.id()))
                .map(NetworkView::name)
                .collect(Collectors.joining(", ")));
    }
}
