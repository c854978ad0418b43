package cl.slep.encuentros.bot.internal;

import cl.slep.encuentros.messaging.BotProfile;
import cl.slep.encuentros.messaging.OutgoingMessage;
import cl.slep.encuentros.messaging.Outbox;
import cl.slep.encuentros.messaging.Priority;
import cl.slep.encuentros.participants.AccessChanged;
import cl.slep.encuentros.participants.ParticipantDeleted;
import cl.slep.encuentros.participants.Participants;
import cl.slep.encuentros.participants.StaffDirectory;
import cl.slep.encuentros.participants.StaffRole;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's command menu (setMyCommands for their chat) follows what they may use, through the outbox. People
 * the bot never met see the default menu, the newcomers'; so does someone whose data was erased.
 *
 * <p>The rows are ephemeral (deleted once sent, kept through an erasure) and keyed anew each time: a role that
 * goes and comes back must send the menu again.
 */
@Component
class CommandMenus {

    private final CommandRegistry commands;
    private final Participants participants;
    private final StaffDirectory staff;
    private final Outbox outbox;

    CommandMenus(CommandRegistry commands, Participants participants, StaffDirectory staff, Outbox outbox) {
        this.commands = commands;
        this.participants = participants;
        this.staff = staff;
        this.outbox = outbox;
    }

    /** In the transaction that changed the role: the menu changes if and only if the role did. */
    @EventListener
    void on(AccessChanged event) {
        refresh(event.telegramUserId());
    }

    @EventListener
    void on(ParticipantDeleted event) {
        send(event.telegramUserId(), List.of());
    }

    /**
     * Staff menus again at each start: admins come from configuration, and a new version may bring new commands.
     * Participants' menus change with their role only; there are many, and they share one shape.
     */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    void onStart() {
        Set<Long> people = new LinkedHashSet<>(staff.admins());
        people.addAll(staff.coordinators().keySet());
        people.forEach(this::refresh);
    }

    void refresh(long telegramUserId) {
        StaffRole role = participants.roleOf(telegramUserId);
        boolean registered = participants.isRegistered(telegramUserId);
        // A newcomer's menu is the default one: a chat menu of their own would only have to be removed later.
        send(telegramUserId, role == StaffRole.PARTICIPANT && !registered ? List.of()
                : commands.menuFor(role, registered));
    }

    private void send(long chatId, List<BotProfile.MenuCommand> menu) {
        outbox.enqueueEphemeral(new OutgoingMessage.CommandMenu(chatId, menu), Priority.DIRECT,
                "menu:" + chatId + ":" + UUID.randomUUID());
    }
}
