package cl.slep.encuentros.bot.internal.staff;

import cl.slep.encuentros.bot.internal.BotCommand;
import cl.slep.encuentros.bot.internal.CommandSpec;
import cl.slep.encuentros.bot.internal.Incoming;
import cl.slep.encuentros.bot.internal.Replies;
import cl.slep.encuentros.bot.internal.Texts;
import cl.slep.encuentros.messaging.Outbox;
import cl.slep.encuentros.participants.Catalogue;
import cl.slep.encuentros.participants.NetworkView;
import cl.slep.encuentros.participants.ParticipantProfile;
import cl.slep.encuentros.participants.Participants;
import cl.slep.encuentros.participants.StaffDirectory;
import cl.slep.encuentros.participants.StaffRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * /participantes: for each network the person coordinates (an admin: every network), how many are registered
 * and who, with their establishment. One message while it fits; otherwise one per network, so that no network's
 * list starts in the middle of a message (the outbox still splits a single network longer than Telegram allows).
 */
@Component
@Order(70)
class ParticipantsCommand implements BotCommand {

    private final StaffDirectory staff;
    private final Participants participants;
    private final Catalogue catalogue;
    private final Replies replies;
    private final Texts texts;

    ParticipantsCommand(StaffDirectory staff, Participants participants, Catalogue catalogue, Replies replies,
            Texts texts) {
        this.staff = staff;
        this.participants = participants;
        this.catalogue = catalogue;
        this.replies = replies;
        this.texts = texts;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.forRole(StaffRole.COORDINATOR, "participantes", "command.participantes.description");
    }

    @Override
    public void handle(Incoming in, String argument) {
        boolean admin = staff.roleOf(in.userId()) == StaffRole.ADMIN;
        Set<Long> coordinated = admin ? Set.of() : staff.coordinatedNetworks(in.userId());
        List<NetworkView> networks = catalogue.networks().stream()
                .filter(network -> admin || coordinated.contains(network.id()))
                .toList();
        if (networks.isEmpty()) {
            replies.text(in, texts.get("staff.participants.none"));
            return;
        }
        String title = texts.get(admin ? "staff.participants.title.admin" : "staff.participants.title.coordinator");
        List<String> blocks = new ArrayList<>();
        for (NetworkView network : networks) {
            blocks.add(block(network));
        }
        String whole = title + "\n\n" + String.join("\n\n", blocks);
        if (whole.length() <= Outbox.MAX_TEXT_LENGTH) {
            replies.text(in, whole);
            return;
        }
        replies.text(in, title + "\n\n" + blocks.get(0));
        blocks.subList(1, blocks.size()).forEach(block -> replies.text(in, block));
    }

    private String block(NetworkView network) {
        List<ParticipantProfile> members = participants.inNetwork(network.id());
        StringBuilder block = new StringBuilder(texts.get("staff.participants.network", Texts.html(network.name()),
                members.size()));
        for (ParticipantProfile member : members) {
            block.append('\n').append(texts.get("staff.participants.line", Texts.html(member.fullName()),
                    Texts.html(participants.roleLabel(member)), Texts.html(establishment(member))));
        }
        return block.toString();
    }

    private String establishment(ParticipantProfile member) {
        if (member.establishment() != null) {
            return member.establishment().name();
        }
        if (member.establishmentFreeText() != null) {
            return member.establishmentFreeText() + " " + texts.get("staff.participants.pending");
        }
        return texts.get("staff.participants.no_establishment");
    }
}
