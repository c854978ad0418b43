package cl.slep.encuentros.messaging;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Cuts HTML text (parse_mode=HTML) longer than Telegram's 4,096 characters into parts, at line breaks where it
 * can, then at spaces, never inside a tag or an entity. Each part is valid on its own: tags open at the cut are
 * closed at the end of the part and opened again at the start of the next, within the length.
 */
final class TextParts {

    /** Telegram's entities are short ({@code &quot;}, {@code &#128512;}); a longer run is a bare ampersand. */
    private static final int LONGEST_ENTITY = 10;

    private TextParts() {
    }

    static List<String> split(String text, int maxLength) {
        List<String> parts = new ArrayList<>();
        String rest = text;
        while (rest.length() > maxLength) {
            Scan scan = Scan.of(rest, maxLength);
            int cut = scan.bestCut();
            Deque<String> open = openTagsAt(rest, cut);
            StringBuilder part = new StringBuilder(rest.substring(0, cut));
            open.descendingIterator().forEachRemaining(tag -> part.append("</").append(name(tag)).append('>'));
            parts.add(part.toString());
            int next = cut;
            // The line break (or space) we cut at belongs to neither part.
            if (next < rest.length() && (rest.charAt(next) == '\n' || rest.charAt(next) == ' ')) {
                next++;
            }
            rest = String.join("", open) + rest.substring(next);
        }
        if (!rest.isEmpty() || parts.isEmpty()) {
            parts.add(rest);
        }
        return parts;
    }

    /**
     * Where a part may end: positions outside tags, entities and surrogate pairs whose part, with the closing
     * tags it needs, fits. The last line break wins, then the last space, then the last such position.
     */
    private record Scan(int lastBreak, int lastSpace, int lastAny) {

        static Scan of(String text, int maxLength) {
            int lastBreak = -1;
            int lastSpace = -1;
            int lastAny = -1;
            // The shortest cut that leaves something besides the tags reopened from the previous part.
            int firstText = leadingTagsEnd(text);
            Deque<String> open = new ArrayDeque<>();
            int closing = 0;
            int i = 0;
            while (i <= maxLength && i <= text.length()) {
                boolean fits = i + closing <= maxLength && i > firstText;
                if (fits) {
                    lastAny = i;
                    if (i < text.length() && text.charAt(i) == '\n') {
                        lastBreak = i;
                    } else if (i < text.length() && text.charAt(i) == ' ') {
                        lastSpace = i;
                    }
                }
                if (i == text.length()) {
                    break;
                }
                char c = text.charAt(i);
                if (c == '<') {
                    int end = text.indexOf('>', i);
                    if (end < 0) {
                        i++;
                        continue;
                    }
                    String tag = text.substring(i, end + 1);
                    if (tag.startsWith("</")) {
                        if (!open.isEmpty()) {
                            closing -= closingLength(open.removeLast());
                        }
                    } else if (!tag.endsWith("/>")) {
                        open.addLast(tag);
                        closing += closingLength(tag);
                    }
                    i = end + 1;
                } else if (c == '&') {
                    i = entityEnd(text, i);
                } else if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
                    i += 2;
                } else {
                    i++;
                }
            }
            if (lastAny < 0) {
                throw new IllegalArgumentException("Text cannot be split into parts of " + maxLength + " characters");
            }
            return new Scan(lastBreak, lastSpace, lastAny);
        }

        int bestCut() {
            if (lastBreak > 0) {
                return lastBreak;
            }
            return lastSpace > 0 ? lastSpace : lastAny;
        }
    }

    private static int leadingTagsEnd(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == '<' && i + 1 < text.length() && text.charAt(i + 1) != '/') {
            int end = text.indexOf('>', i);
            if (end < 0) {
                break;
            }
            i = end + 1;
        }
        return i;
    }

    /** The index just past an entity starting at {@code start}, or past the bare ampersand. */
    private static int entityEnd(String text, int start) {
        int limit = Math.min(text.length(), start + LONGEST_ENTITY);
        for (int j = start + 1; j < limit; j++) {
            char c = text.charAt(j);
            if (c == ';') {
                return j + 1;
            }
            if (!Character.isLetterOrDigit(c) && c != '#') {
                break;
            }
        }
        return start + 1;
    }

    /** The tags still open just before {@code position}, outermost first. */
    private static Deque<String> openTagsAt(String text, int position) {
        Deque<String> open = new ArrayDeque<>();
        int i = 0;
        while (i < position) {
            int start = text.indexOf('<', i);
            if (start < 0 || start >= position) {
                break;
            }
            int end = text.indexOf('>', start);
            if (end < 0 || end >= position) {
                break;
            }
            String tag = text.substring(start, end + 1);
            if (tag.startsWith("</")) {
                if (!open.isEmpty()) {
                    open.removeLast();
                }
            } else if (!tag.endsWith("/>")) {
                open.addLast(tag);
            }
            i = end + 1;
        }
        return open;
    }

    private static int closingLength(String openingTag) {
        return name(openingTag).length() + 3;
    }

    /** {@code <a href="x">} is an {@code a}; {@code <tg-spoiler>} a {@code tg-spoiler}. */
    private static String name(String openingTag) {
        int end = 1;
        while (end < openingTag.length() && !Character.isWhitespace(openingTag.charAt(end))
                && openingTag.charAt(end) != '>' && openingTag.charAt(end) != '/') {
            end++;
        }
        return openingTag.substring(1, end);
    }
}
