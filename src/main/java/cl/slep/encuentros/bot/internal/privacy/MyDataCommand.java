package cl.slep.encuentros.bot.internal.privacy;

import cl.slep.encuentros.bot.internal.BotCommand;
import cl.slep.encuentros.bot.internal.CommandSpec;
import cl.slep.encuentros.bot.internal.Incoming;
import cl.slep.encuentros.bot.internal.Replies;
import cl.slep.encuentros.bot.internal.Texts;
import cl.slep.encuentros.participants.Participants;
import cl.slep.encuentros.participants.StaffDirectory;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** /mis_datos: everything stored about the person, as a readable message and a JSON document (right of access). */
@Component
@Order(50)
class MyDataCommand implements BotCommand {

    private final Participants participants;
    private final StaffDirectory staff;
    private final Replies replies;
    private final Texts texts;

    MyDataCommand(Participants participants, StaffDirectory staff, Replies replies, Texts texts) {
        this.participants = participants;
        this.staff = staff;
        this.replies = replies;
        this.texts = texts;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.forEveryone("mis_datos", "command.mis_datos.description");
    }

    @Override
    public void handle(Incoming in, String argument) {
        if (!participants.isRegistered(in.userId())) {
            // A coordinator named by id who never registered still has their grants stored.
            Set<Long> coordinated = staff.coordinatedNetworks(in.userId());
            if (coordinated.isEmpty()) {
                replies.text(in, texts.get("erase.nothing"));
                return;
            }
            replies.text(in, texts.get("mydata.staff_only", String.valueOf(in.userId()),
                    Texts.html(String.join(", ", participants.networkNames(coordinated)))));
            sendJson(in);
            return;
        }
        participants.findByTelegramUserId(in.userId()).ifPresent(profile -> {
            String establishment = texts.establishmentOf(profile);
            String networks = String.join(", ", profile.networks().stream().map(n -> n.name()).toList());
            StringBuilder text = new StringBuilder(texts.get("mydata.text",
                    Texts.html(profile.fullName()),
                    Texts.html(establishment),
                    Texts.html(participants.roleLabel(profile)),
                    Texts.html(networks),
                    String.valueOf(profile.telegramUserId()),
                    LocalTimes.format(profile.consentGivenAt()),
                    LocalTimes.format(profile.registeredAt()),
                    texts.get(profile.messagesPaused() ? "prefs.state.paused"
                            : profile.optionalMessagesMuted() ? "prefs.state.essential" : "prefs.state.all")));
            Set<Long> coordinated = staff.coordinatedNetworks(in.userId());
            if (!coordinated.isEmpty()) {
                text.append("\n\n").append(texts.get("mydata.coordinates",
                        Texts.html(String.join(", ", participants.networkNames(coordinated)))));
            }
            replies.text(in, text.toString());
            sendJson(in);
        });
    }

    private void sendJson(Incoming in) {
        participants.exportJson(in.userId()).ifPresent(json -> replies.document(in, "mis_datos.json",
                texts.get("mydata.document_caption"), json.getBytes(StandardCharsets.UTF_8)));
    }
}
