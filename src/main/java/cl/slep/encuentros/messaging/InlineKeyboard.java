package cl.slep.encuentros.messaging;

import java.util.ArrayList;
import java.util.List;

/** Rows of inline buttons under a message. */
public record InlineKeyboard(List<List<InlineButton>> rows) {

    public InlineKeyboard {
        rows = rows.stream().map(List::copyOf).toList();
    }

    public static InlineKeyboard of(InlineButton... oneButtonPerRow) {
        List<List<InlineButton>> rows = new ArrayList<>();
        for (InlineButton button : oneButtonPerRow) {
            rows.add(List.of(button));
        }
        return new InlineKeyboard(rows);
    }

    public static InlineKeyboard row(InlineButton... buttons) {
        return new InlineKeyboard(List.of(List.of(buttons)));
    }
}
