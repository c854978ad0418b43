package cl.slep.encuentros.bot.internal.staff;

import cl.slep.encuentros.bot.internal.CallbackAction;
import cl.slep.encuentros.bot.internal.ConversationStore;
import cl.slep.encuentros.bot.internal.Incoming;
import cl.slep.encuentros.bot.internal.Texts;
import cl.slep.encuentros.participants.StaffDirectory;
import cl.slep.encuentros.participants.StaffRole;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Every button of /coordinadores and of the staff flow ({@code v1:stf:<what>[:args]}). Whoever presses must still
 * be an admin, checked here for all of them: a button stays in the chat after its message was sent.
 */
@Component
class StaffAction implements CallbackAction {

    static final String ACTION = "stf";

    static final String ADD = "add";
    static final String PAGE = "pg";
    static final String EDIT = "ed";
    static final String REMOVE = "rm";
    static final String REMOVE_CONFIRMED = "rmok";
    static final String NETWORK = "net";
    static final String CONFIRM = "ok";

    private final StaffDirectory staff;
    private final CoordinatorList list;
    private final StaffConversation conversation;
    private final StaffNames names;
    private final ConversationStore conversations;
    private final Texts texts;

    StaffAction(StaffDirectory staff, CoordinatorList list, StaffConversation conversation, StaffNames names,
            ConversationStore conversations, Texts texts) {
        this.staff = staff;
        this.list = list;
        this.conversation = conversation;
        this.names = names;
        this.conversations = conversations;
        this.texts = texts;
    }

    @Override
    public String action() {
        return ACTION;
    }

    @Override
    public String handle(Incoming in, int messageId, List<String> arguments) {
        if (staff.roleOf(in.userId()) != StaffRole.ADMIN) {
            return texts.get("staff.only_admins");
        }
        if (arguments.isEmpty()) {
            return texts.get("callback.stale");
        }
        List<String> rest = arguments.subList(1, arguments.size());
        return switch (arguments.get(0)) {
            case ADD -> startFlow(in, () -> conversation.startAdding(in));
            case PAGE -> page(in, messageId, rest);
            case EDIT -> withCoordinator(in, messageId, rest, (coordinator, networks) ->
                    startFlow(in, () -> conversation.startEditing(in, coordinator)));
            case REMOVE -> withCoordinator(in, messageId, rest, (coordinator, networks) -> {
                list.confirmRemoval(in, messageId, coordinator, networks);
                return null;
            });
            case REMOVE_CONFIRMED -> withCoordinator(in, messageId, rest, (coordinator, networks) -> {
                staff.setCoordinatedNetworks(coordinator, Set.of());
                list.show(in, messageId, 0, texts.get("staff.removed", names.html(coordinator)));
                return null;
            });
            case NETWORK -> conversation.onButton(in, messageId, StaffConversation.NETWORKS, rest);
            case CONFIRM -> conversation.onButton(in, messageId, StaffConversation.CONFIRM, rest);
            default -> texts.get("callback.stale");
        };
    }

    private String page(Incoming in, int messageId, List<String> arguments) {
        Optional<Long> page = single(arguments).filter(number -> number < 10_000);
        if (page.isEmpty()) {
            return texts.get("callback.stale");
        }
        list.show(in, messageId, page.get().intValue(), null);
        return null;
    }

    private interface CoordinatorStep {
        String apply(long coordinator, Set<Long> networks);
    }

    /** Runs the step if the button's person still coordinates; otherwise shows the list as it is now. */
    private String withCoordinator(Incoming in, int messageId, List<String> arguments, CoordinatorStep step) {
        Optional<Long> coordinator = single(arguments);
        if (coordinator.isEmpty()) {
            return texts.get("callback.stale");
        }
        Set<Long> networks = staff.coordinatedNetworks(coordinator.get());
        if (networks.isEmpty()) {
            list.show(in, messageId, 0, null);
            return texts.get("staff.already_gone");
        }
        return step.apply(coordinator.get(), networks);
    }

    /** Starting the staff flow would throw away another conversation in progress (a registration, say). */
    private String startFlow(Incoming in, Runnable start) {
        boolean elsewhere = conversations.find(in.chatId())
                .filter(state -> !StaffConversation.FLOW.equals(state.flow())).isPresent();
        if (elsewhere) {
            return texts.get("staff.finish_first");
        }
        start.run();
        return null;
    }

    private static Optional<Long> single(List<String> arguments) {
        return arguments.size() == 1 && arguments.get(0).matches("\\d{1,18}")
                ? Optional.of(Long.parseLong(arguments.get(0))) : Optional.empty();
    }
}
