package cl.slep.encuentros.simulator;

import cl.slep.encuentros.simulator.ChatMessage.Entity;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Telegram's treatment of message text: HTML parse mode turned into plain text plus entities (with
 * Telegram's own error messages, so that a bot that forgets to escape a user's {@code <} fails here as it
 * would in production), surrounding whitespace trimmed, and commands, links and mentions detected.
 */
final class TelegramText {

    record Parsed(String text, List<Entity> entities) {
    }

    private static final Map<String, String> TAG_TYPES = Map.ofEntries(
            Map.entry("b", "bold"), Map.entry("strong", "bold"),
            Map.entry("i", "italic"), Map.entry("em", "italic"),
            Map.entry("u", "underline"), Map.entry("ins", "underline"),
            Map.entry("s", "strikethrough"), Map.entry("strike", "strikethrough"), Map.entry("del", "strikethrough"),
            Map.entry("tg-spoiler", "spoiler"), Map.entry("span", "spoiler"),
            Map.entry("code", "code"), Map.entry("pre", "pre"),
            Map.entry("a", "text_link"), Map.entry("blockquote", "blockquote"),
            Map.entry("tg-emoji", "custom_emoji"));

    private static final Pattern COMMAND =
            Pattern.compile("(?<![\\p{L}\\p{N}_/])/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?(?![\\p{L}\\p{N}_/])");
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+");
    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}_@])@[A-Za-z0-9_]{5,32}(?![A-Za-z0-9_])");
    private static final Set<String> OPAQUE = Set.of("code", "pre", "text_link", "url");

    private TelegramText() {
    }

    /**
     * Text as Telegram stores it for {@code parseMode}, which it reads case-insensitively; "none" or nothing
     * means plain text. Legacy Markdown is accepted and, as before, kept as plain text.
     */
    static Parsed parse(String text, String parseMode) {
        String mode = parseMode == null ? "" : parseMode.toLowerCase(Locale.ROOT);
        Parsed parsed = switch (mode) {
            case "", "none", "markdown" -> new Parsed(text, List.of());
            case "html" -> parseHtml(text);
            case "markdownv2" -> MarkdownV2.parse(text);
            default -> throw ApiError.badRequest("unsupported parse_mode");
        };
        return detect(trim(parsed));
    }

    private record Open(String tag, String type, int start, String url, boolean insidePre) {
    }

    static Parsed parseHtml(String html) {
        StringBuilder out = new StringBuilder(html.length());
        List<Entity> entities = new ArrayList<>();
        Deque<Open> open = new ArrayDeque<>();
        int i = 0;
        int n = html.length();
        while (i < n) {
            char c = html.charAt(i);
            if (c == '&') {
                i = decodeEntity(html, i, out);
            } else if (c != '<') {
                out.append(c);
                i++;
            } else if (i + 1 < n && html.charAt(i + 1) == '/') {
                int end = html.indexOf('>', i);
                if (end < 0) {
                    throw entityError("Unclosed end tag at byte offset " + byteOffset(html, i));
                }
                String tag = html.substring(i + 2, end).trim().toLowerCase(Locale.ROOT);
                if (open.isEmpty()) {
                    throw entityError("Unexpected end tag at byte offset " + byteOffset(html, i));
                }
                Open top = open.pop();
                if (!top.tag().equals(tag)) {
                    throw entityError("Unmatched end tag at byte offset " + byteOffset(html, i) + ", expected \"</"
                            + top.tag() + ">\", found \"</" + tag + ">\"");
                }
                int length = out.length() - top.start();
                boolean codeInPre = top.type().equals("code") && top.insidePre();
                if (length > 0 && top.type() != null && !codeInPre && !top.type().equals("custom_emoji")) {
                    entities.add(new Entity(top.type(), top.start(), length, top.url()));
                }
                i = end + 1;
            } else {
                int nameEnd = i + 1;
                while (nameEnd < n && (Character.isLetterOrDigit(html.charAt(nameEnd)) || html.charAt(nameEnd) == '-')) {
                    nameEnd++;
                }
                String tag = html.substring(i + 1, nameEnd).toLowerCase(Locale.ROOT);
                if (!TAG_TYPES.containsKey(tag)) {
                    throw entityError("Unsupported start tag \"" + tag + "\" at byte offset " + byteOffset(html, i));
                }
                int end = findTagEnd(html, nameEnd);
                if (end < 0) {
                    throw entityError("Unclosed start tag at byte offset " + byteOffset(html, i));
                }
                String attributes = html.substring(nameEnd, end);
                String type = TAG_TYPES.get(tag);
                String url = null;
                if (tag.equals("a")) {
                    url = attribute(attributes, "href");
                    if (url == null || url.isBlank()) {
                        type = null;
                    } else if (url.startsWith("tg://user?id=")) {
                        type = "text_mention";
                    }
                } else if (tag.equals("span") && !"tg-spoiler".equals(attribute(attributes, "class"))) {
                    throw entityError("Tag \"span\" must have class \"tg-spoiler\" at byte offset " + byteOffset(html, i));
                } else if (tag.equals("blockquote") && attributes.toLowerCase(Locale.ROOT).contains("expandable")) {
                    type = "expandable_blockquote";
                }
                boolean insidePre = open.stream().anyMatch(o -> "pre".equals(o.type()));
                open.push(new Open(tag, type, out.length(), url, insidePre));
                i = end + 1;
            }
        }
        if (!open.isEmpty()) {
            throw entityError("Can't find end tag corresponding to start tag \"" + open.peek().tag() + "\"");
        }
        entities.sort(ENTITY_ORDER);
        return new Parsed(out.toString(), entities);
    }

    static final Comparator<Entity> ENTITY_ORDER =
            Comparator.comparingInt(Entity::offset).thenComparing(Comparator.comparingInt(Entity::length).reversed());

    private static int findTagEnd(String html, int from) {
        char quote = 0;
        for (int j = from; j < html.length(); j++) {
            char c = html.charAt(j);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return j;
            }
        }
        return -1;
    }

    private static String attribute(String attributes, String name) {
        Matcher m = Pattern.compile("(?i)\\b" + name + "\\s*=\\s*(\"([^\"]*)\"|'([^']*)'|([^\\s>]+))").matcher(attributes);
        if (!m.find()) {
            return null;
        }
        String raw = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
        StringBuilder decoded = new StringBuilder();
        int i = 0;
        while (i < raw.length()) {
            if (raw.charAt(i) == '&') {
                i = decodeEntity(raw, i, decoded);
            } else {
                decoded.append(raw.charAt(i++));
            }
        }
        return decoded.toString();
    }

    /** Telegram decodes the four named entities and every numeric one, and leaves any other '&' as it is. */
    private static int decodeEntity(String s, int at, StringBuilder out) {
        int semi = s.indexOf(';', at);
        if (semi > at + 1 && semi - at <= 10) {
            String name = s.substring(at + 1, semi);
            String decoded = switch (name) {
                case "lt" -> "<";
                case "gt" -> ">";
                case "amp" -> "&";
                case "quot" -> "\"";
                default -> numeric(name);
            };
            if (decoded != null) {
                out.append(decoded);
                return semi + 1;
            }
        }
        out.append('&');
        return at + 1;
    }

    private static String numeric(String name) {
        try {
            int codePoint;
            if (name.startsWith("#x") || name.startsWith("#X")) {
                codePoint = Integer.parseInt(name.substring(2), 16);
            } else if (name.startsWith("#")) {
                codePoint = Integer.parseInt(name.substring(1));
            } else {
                return null;
            }
            return Character.isValidCodePoint(codePoint) ? new String(Character.toChars(codePoint)) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int byteOffset(String s, int index) {
        return s.substring(0, index).getBytes(StandardCharsets.UTF_8).length;
    }

    private static ApiError entityError(String detail) {
        return ApiError.badRequest("can't parse entities: " + detail);
    }

    /** Telegram strips leading and trailing white space and moves the entities with the text. */
    static Parsed trim(Parsed parsed) {
        String text = parsed.text();
        int start = 0;
        int end = text.length();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start == 0 && end == text.length()) {
            return parsed;
        }
        List<Entity> moved = new ArrayList<>();
        for (Entity e : parsed.entities()) {
            int from = Math.max(e.offset(), start);
            int to = Math.min(e.offset() + e.length(), end);
            if (to > from) {
                moved.add(new Entity(e.type(), from - start, to - from, e.url()));
            }
        }
        return new Parsed(text.substring(start, end), moved);
    }

    /** Commands, links and mentions, which Telegram marks in every message; never inside code or a link. */
    static Parsed detect(Parsed parsed) {
        String text = parsed.text();
        if (text.indexOf('/') < 0 && text.indexOf('@') < 0) {
            return parsed;
        }
        List<Entity> all = new ArrayList<>(parsed.entities());
        addMatches(URL, "url", text, all);
        addMatches(COMMAND, "bot_command", text, all);
        addMatches(MENTION, "mention", text, all);
        if (all.size() == parsed.entities().size()) {
            return parsed;
        }
        all.sort(ENTITY_ORDER);
        return new Parsed(text, all);
    }

    private static void addMatches(Pattern pattern, String type, String text, List<Entity> entities) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            if (type.equals("url")) {
                while (end > start && ".,;:!?)".indexOf(text.charAt(end - 1)) >= 0) {
                    end--;
                }
            }
            int from = start;
            int to = end;
            boolean covered = entities.stream().anyMatch(e -> OPAQUE.contains(e.type())
                    && e.offset() < to && from < e.offset() + e.length());
            if (!covered && to > from) {
                entities.add(new Entity(type, from, to - from, null));
            }
        }
    }
}
