package cl.slep.encuentros.encuentros.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Google Calendar's "add event" link (SLEP staff use Google Workspace). Dates are the planned local times with
 * {@code ctz} naming the zone, so Google places them by its own zone rules exactly as planned. The description is cut
 * so the link stays well under the length browsers and Telegram's URL buttons handle.
 */
public final class GoogleCalendarLink {

    static final String BASE = "https://calendar.google.com/calendar/render?action=TEMPLATE";
    static final int DETAILS_MAX = 1000;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    private GoogleCalendarLink() {
    }

    public static String of(String title, LocalDateTime start, LocalDateTime end, ZoneId zone, String details,
            String location) {
        StringBuilder url = new StringBuilder(BASE)
                .append("&text=").append(encode(title))
                .append("&dates=").append(LOCAL.format(start)).append('/').append(LOCAL.format(end))
                .append("&ctz=").append(encode(zone.getId()));
        if (details != null && !details.isBlank()) {
            url.append("&details=").append(encode(cut(details.strip())));
        }
        if (location != null && !location.isBlank()) {
            url.append("&location=").append(encode(location));
        }
        return url.toString();
    }

    private static String cut(String text) {
        if (text.length() <= DETAILS_MAX) {
            return text;
        }
        int end = DETAILS_MAX - 3;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "...";
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
