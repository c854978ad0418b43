package cl.slep.encuentros.bot.internal.staff;

import cl.slep.encuentros.bot.internal.Incoming;
import cl.slep.encuentros.bot.internal.Texts;
import cl.slep.encuentros.bot.internal.buttons.ButtonHandler;
import cl.slep.encuentros.participants.StaffDirectory;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What the buttons of /coordinadores do. The router has checked that an admin pressed; each button reloads who
 * coordinates what now, since the list may have changed since it was sent.
 */
@Component
class StaffButtonHandler implements ButtonHandler<StaffButtons> {

    private static final int MAX_PAGE = 10_000;

    private final StaffDirectory staff;
    private final CoordinatorList list;
    private final StaffFlow flow;
    private final StaffNames names;
    private final Texts texts;

    StaffButtonHandler(StaffDirectory staff, CoordinatorList list, StaffFlow flow, StaffNames names, Texts texts) {
        this.staff = staff;
        this.list = list;
        this.flow = flow;
        this.names = names;
        this.texts = texts;
    }

    @Override
    public Class<StaffButtons> type() {
        return StaffButtons.class;
    }

    @Override
    public String handle(Incoming in, int messageId, StaffButtons button) {
        if (button instanceof StaffButtons.AddCoordinator) {
            return flow.startAdding(in).orElse(null);
        }
        if (button instanceof StaffButtons.ListPage page) {
            if (page.page() < 0 || page.page() > MAX_PAGE) {
                return texts.get("callback.stale");
            }
            list.show(in, messageId, page.page(), null);
            return null;
        }
        if (button instanceof StaffButtons.EditCoordinator edit) {
            return stillCoordinating(in, messageId, edit.coordinator()) ? flow.startEditing(in, edit.coordinator()).orElse(null)
                    : texts.get("staff.already_gone");
        }
        if (button instanceof StaffButtons.RemoveCoordinator remove) {
            if (!stillCoordinating(in, messageId, remove.coordinator())) {
                return texts.get("staff.already_gone");
            }
            list.confirmRemoval(in, messageId, remove.coordinator(), staff.coordinatedNetworks(remove.coordinator()));
            return null;
        }
        StaffButtons.RemovalConfirmed removal = (StaffButtons.RemovalConfirmed) button;
        if (!stillCoordinating(in, messageId, removal.coordinator())) {
            return texts.get("staff.already_gone");
        }
        staff.setCoordinatedNetworks(removal.coordinator(), Set.of());
        list.show(in, messageId, 0, texts.get("staff.removed", names.html(removal.coordinator())));
        return null;
    }

    /** If the person no longer coordinates, the list is shown as it is now. */
    private boolean stillCoordinating(Incoming in, int messageId, long coordinator) {
        if (staff.coordinatedNetworks(coordinator).isEmpty()) {
            list.show(in, messageId, 0, null);
            return false;
        }
        return true;
    }
}
