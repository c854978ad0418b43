package cl.slep.encuentros.messaging;

import java.util.ArrayList;
import java.util.List;

/** Cuts text longer than Telegram's 4,096 characters into parts, at line breaks where it can. */
final class TextParts {

    

    private TextParts() {
    }

    static List<String> split(String text, int maxLength) {
        List<String> parts = new ArrayList<>();
        String rest = text;
        while (rest.length() > maxLength) {
            int cut = rest.lastIndexOf('\n', maxLength);
            if (cut <= 0) {
                cut = rest.lastIndexOf(' ', maxLength);
            }
            if (cut <= 0) {
                cut = maxLength;
                if (Character.isHighSurrogate(rest.charAt(cut - 1))) {
                    cut--;
                }
            }
            parts.add(rest.substring(0, cut));
            rest = rest.substring(cut);
            // The line break (or space) we cut at belongs to neither part.
            if (!rest.isEmpty() && (rest.charAt(0) == '\n' || rest.charAt(0) == ' ')) {
                rest = rest.substring(1);
            }
        }
        if (!rest.isEmpty() || parts.isEmpty()) {
            parts.add(rest);
        }
        return parts;
    }
}
