package cl.slep.encuentros.simulator;

import cl.slep.encuentros.simulator.ChatMessage.Entity;
import cl.slep.encuentros.simulator.TelegramText.Parsed;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * parse_mode=MarkdownV2 as Telegram reads it (the rules of core.telegram.org/bots/api#markdownv2-style, in the
 * order TDLib applies them): every one of {@code _*[]()~`>#+-=|{}.!} outside an entity's markup must be escaped
 * with '\', inside code and pre only '`' and '\' are special, and the errors carry Telegram's own wording and
 * UTF-8 byte offsets, so that a bot that forgets to escape a '.' fails here as it would in production.
 */
final class MarkdownV2 {

    private static final String RESERVED = "_*[]()~`>#+-=|{}.!";

    private enum Kind {
        BOLD("Bold", "bold"), ITALIC("Italic", "italic"), UNDERLINE("Underline", "underline"),
        STRIKETHROUGH("Strikethrough", "strikethrough"), SPOILER("Spoiler", "spoiler"), CODE("Code", "code"),
        PRE("Pre", "pre"), TEXT_URL("TextUrl", "text_link"), CUSTOM_EMOJI("CustomEmoji", "custom_emoji");

        final String tdName;
        final String apiType;

        Kind(String tdName, String apiType) {
            this.tdName = tdName;
            this.apiType = apiType;
        }

        boolean isCode() {
            return this == CODE || this == PRE;
        }
    }

    private record Open(Kind kind, int offset, int byteOffset) {
    }

    private final String in;
    private final StringBuilder out;
    private final List<Entity> entities = new ArrayList<>();
    private final Deque<Open> open = new ArrayDeque<>();
    private int quoteStart = -1;

    private MarkdownV2(String in) {
        this.in = in;
        this.out = new StringBuilder(in.length());
    }

    static Parsed parse(String text) {
        return new MarkdownV2(text).run();
    }

    private Parsed run() {
        int n = in.length();
        for (int i = 0; i < n; i++) {
            if ((i == 0 || in.charAt(i - 1) == '\n') && open.isEmpty()) {
                i = lineStart(i);
                if (i >= n) {
                    break;
                }
            }
            char c = in.charAt(i);
            if (c == '\\' && i + 1 < n && in.charAt(i + 1) > 0 && in.charAt(i + 1) <= 126) {
                out.append(in.charAt(++i));
                continue;
            }
            boolean insideCode = !open.isEmpty() && open.peek().kind().isCode();
            if ((insideCode ? "`" : RESERVED).indexOf(c) < 0) {
                out.append(c);
                continue;
            }
            i = isEnd(c, i) ? end(i) : begin(c, i);
        }
        if (!open.isEmpty()) {
            throw error("Can't find end of " + open.peek().kind().tdName + " entity at byte offset "
                    + open.peek().byteOffset());
        }
        closeQuote(out.length());
        entities.sort(TelegramText.ENTITY_ORDER);
        return new Parsed(out.toString(), List.copyOf(entities));
    }

    /** A line that starts with '>' is part of a block quotation; the first line without one ends it. */
    private int lineStart(int i) {
        if (i < in.length() && in.charAt(i) == '>') {
            if (quoteStart < 0) {
                quoteStart = out.length();
            }
            return i + 1;
        }
        if (quoteStart >= 0) {
            // The line break before this line belongs to the quotation's text but not to its entity.
            closeQuote(out.length() > 0 && out.charAt(out.length() - 1) == '\n' ? out.length() - 1 : out.length());
        }
        return i;
    }

    private void closeQuote(int endOffset) {
        if (quoteStart >= 0 && endOffset > quoteStart) {
            entities.add(new Entity("blockquote", quoteStart, endOffset - quoteStart, null));
        }
        quoteStart = -1;
    }

    private boolean isEnd(char c, int i) {
        if (open.isEmpty()) {
            return false;
        }
        return switch (open.peek().kind()) {
            case BOLD -> c == '*';
            case ITALIC -> c == '_' && at(i + 1) != '_';
            case UNDERLINE -> c == '_' && at(i + 1) == '_';
            case STRIKETHROUGH -> c == '~';
            case SPOILER -> c == '|' && at(i + 1) == '|';
            case CODE -> c == '`';
            case PRE -> c == '`' && at(i + 1) == '`' && at(i + 2) == '`';
            case TEXT_URL, CUSTOM_EMOJI -> c == ']';
        };
    }

    private int begin(char c, int i) {
        int byteOffset = byteOffset(i);
        Kind kind;
        switch (c) {
            case '_' -> {
                if (at(i + 1) == '_') {
                    kind = Kind.UNDERLINE;
                    i++;
                } else {
                    kind = Kind.ITALIC;
                }
            }
            case '*' -> kind = Kind.BOLD;
            case '~' -> kind = Kind.STRIKETHROUGH;
            case '|' -> {
                if (at(i + 1) != '|') {
                    throw reserved(c);
                }
                kind = Kind.SPOILER;
                i++;
            }
            case '[' -> kind = Kind.TEXT_URL;
            case '`' -> {
                if (at(i + 1) == '`' && at(i + 2) == '`') {
                    kind = Kind.PRE;
                    i = afterPreOpening(i + 3) - 1;
                } else {
                    kind = Kind.CODE;
                }
            }
            case '!' -> {
                if (at(i + 1) != '[') {
                    throw reserved(c);
                }
                kind = Kind.CUSTOM_EMOJI;
                i++;
            }
            default -> throw reserved(c);
        }
        open.push(new Open(kind, out.length(), byteOffset));
        return i;
    }

    /** Skips the language name of a pre block and one line break after the opening backticks. */
    private int afterPreOpening(int i) {
        int languageEnd = i;
        while (languageEnd < in.length() && !Character.isWhitespace(in.charAt(languageEnd)) && in.charAt(languageEnd) != '`') {
            languageEnd++;
        }
        if (languageEnd != i && languageEnd < in.length() && in.charAt(languageEnd) != '`') {
            i = languageEnd;
        }
        if (at(i) == '\n' || at(i) == '\r') {
            boolean pair = (at(i + 1) == '\n' || at(i + 1) == '\r') && at(i) != at(i + 1);
            i += pair ? 2 : 1;
        }
        return i;
    }

    private int end(int i) {
        Open top = open.pop();
        String url = null;
        boolean skip = out.length() == top.offset();
        switch (top.kind()) {
            case UNDERLINE, SPOILER -> i++;
            case PRE -> i += 2;
            case TEXT_URL, CUSTOM_EMOJI -> {
                StringBuilder target = new StringBuilder();
                if (at(i + 1) != '(') {
                    target.append(out, top.offset(), out.length());
                } else {
                    i += 2;
                    int urlStart = i;
                    while (i < in.length() && in.charAt(i) != ')') {
                        if (in.charAt(i) == '\\' && i + 1 < in.length() && in.charAt(i + 1) > 0 && in.charAt(i + 1) <= 126) {
                            target.append(in.charAt(i + 1));
                            i += 2;
                        } else {
                            target.append(in.charAt(i++));
                        }
                    }
                    if (i >= in.length()) {
                        throw error("Can't find end of a URL at byte offset " + byteOffset(urlStart));
                    }
                }
                url = target.toString();
                skip = skip || top.kind() == Kind.CUSTOM_EMOJI || !isLink(url);
            }
            default -> {
            }
        }
        if (!skip) {
            String type = top.kind() == Kind.TEXT_URL && url.startsWith("tg://user?id=") ? "text_mention" : top.kind().apiType;
            entities.add(new Entity(type, top.offset(), out.length() - top.offset(), url));
        }
        return i;
    }

    /** Telegram drops a text link whose target is not a link rather than failing the message. */
    private static boolean isLink(String url) {
        String trimmed = url.trim();
        return !trimmed.isEmpty() && !trimmed.contains(" ") && (trimmed.contains(".") || trimmed.contains("://"));
    }

    private char at(int i) {
        return i < in.length() ? in.charAt(i) : 0;
    }

    private int byteOffset(int index) {
        return in.substring(0, index).getBytes(StandardCharsets.UTF_8).length;
    }

    private static ApiError reserved(char c) {
        return error("Character '" + c + "' is reserved and must be escaped with the preceding '\\'");
    }

    private static ApiError error(String detail) {
        return ApiError.badRequest("can't parse entities: " + detail);
    }
}
