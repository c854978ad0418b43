package cl.slep.encuentros.bot.internal.staff;

import cl.slep.encuentros.bot.internal.buttons.ButtonCodec;
import cl.slep.encuentros.bot.internal.Incoming;
import cl.slep.encuentros.bot.internal.Replies;
import cl.slep.encuentros.bot.internal.Texts;
import cl.slep.encuentros.messaging.InlineButton;
import cl.slep.encuentros.messaging.InlineKeyboard;
import cl.slep.encuentros.participants.StaffDirectory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The coordinators and admins, as /coordinadores shows them, a page at a time: Telegram refuses keyboards of more
 * than 100 buttons, and two buttons per coordinator would reach that with 50 of them.
 */
@Component
class CoordinatorList {

    static final int PAGE_SIZE = 6;

    private final StaffDirectory staff;
    private final StaffNames names;
    private final Replies replies;
    private final Texts texts;

    CoordinatorList(StaffDirectory staff, StaffNames names, Replies replies, Texts texts) {
        this.staff = staff;
        this.names = names;
        this.replies = replies;
        this.texts = texts;
    }

    void send(Incoming in) {
        Page page = page(0, null);
        replies.text(in, page.text(), page.keyboard());
    }

    /** Replaces the message with a page of the list, after an optional line on what just happened. */
    void show(Incoming in, int messageId, int pageNumber, String notice) {
        Page page = page(pageNumber, notice);
        replies.edit(in, messageId, page.text(), page.keyboard());
    }

    /** Replaces the list with the question whether to remove this coordinator. */
    void confirmRemoval(Incoming in, int messageId, long coordinator, Set<Long> networks) {
        replies.edit(in, messageId, texts.get("staff.remove.confirm", names.html(coordinator), names.networks(networks)),
                InlineKeyboard.row(
                        ButtonCodec.inline(texts.get("staff.remove.yes"), new StaffButtons.RemovalConfirmed(coordinator)),
                        ButtonCodec.inline(texts.get("staff.remove.no"), new StaffButtons.ListPage(0))));
    }

    private record Page(String text, InlineKeyboard keyboard) {
    }

    private Page page(int requested, String notice) {
        List<Map.Entry<Long, Set<Long>>> coordinators = List.copyOf(staff.coordinators().entrySet());
        int pages = Math.max(1, (coordinators.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.max(0, Math.min(requested, pages - 1));
        int from = page * PAGE_SIZE;
        int to = Math.min(coordinators.size(), from + PAGE_SIZE);

        StringBuilder text = new StringBuilder(texts.get("staff.list.title"));
        if (notice != null) {
            text.append("\n\n").append(notice);
        }
        List<List<InlineButton>> rows = new ArrayList<>();
        rows.add(List.of(ButtonCodec.inline(texts.get("staff.button.add"), new StaffButtons.AddCoordinator())));
        if (coordinators.isEmpty()) {
            text.append("\n\n").append(texts.get("staff.list.empty"));
        } else {
            text.append("\n\n").append(texts.get("staff.list.coordinators", String.valueOf(coordinators.size())));
            for (int i = from; i < to; i++) {
                long coordinator = coordinators.get(i).getKey();
                        text.append('\n').append(i + 1).append(". ").append(names.html(coordinator)).append(" — ")
                        .append(names.networks(coordinators.get(i).getValue()));
                String label = names.button(coordinator);
                rows.add(List.of(ButtonCodec.inline(texts.get("staff.button.edit", label),
                        new StaffButtons.EditCoordinator(coordinator))));
                rows.add(List.of(ButtonCodec.inline(texts.get("staff.button.remove", label),
                        new StaffButtons.RemoveCoordinator(coordinator))));
            }
            if (pages > 1) {
                text.append("\n").append(texts.get("staff.list.page", String.valueOf(page + 1), String.valueOf(pages)));
                List<InlineButton> navigation = new ArrayList<>();
                if (page > 0) {
                    navigation.add(ButtonCodec.inline(texts.get("staff.button.previous"),
                            new StaffButtons.ListPage(page - 1)));
                }
                if (page < pages - 1) {
                    navigation.add(ButtonCodec.inline(texts.get("staff.button.next"),
                            new StaffButtons.ListPage(page + 1)));
                }
                rows.add(navigation);
            }
        }
        text.append("\n\n").append(texts.get("staff.list.admins"));
        staff.admins().stream().sorted().forEach(admin -> text.append("\n• ").append(names.html(admin)));
        text.append("\n\n").append(texts.get("staff.list.footer"));
        return new Page(text.toString(), new InlineKeyboard(rows));
    }
}
