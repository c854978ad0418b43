package cl.slep.encuentros.encuentros;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The code of an encuentro's QR: 16 URL-safe characters (96 random bits), so the deep link's {@code /start} payload
 * {@code ci_<code>} stays within Telegram's 64 characters of {@code A-Za-z0-9_-}.
 */
public record CheckInCode(String value) {

    public static final String PAYLOAD_PREFIX = "ci_";
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{16}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public CheckInCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Malformed check-in code");
        }
    }

    static CheckInCode random() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return new CheckInCode(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** A code as typed or scanned, with or without the {@code ci_} prefix; empty if it cannot be one. */
    public static Optional<CheckInCode> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String code = text.strip();
        if (code.startsWith(PAYLOAD_PREFIX)) {
            code = code.substring(PAYLOAD_PREFIX.length());
        }
        return FORMAT.matcher(code).matches() ? Optional.of(new CheckInCode(code)) : Optional.empty();
    }

    /** True if a {@code /start} payload is meant as a check-in (well formed or not). */
    public static boolean isCheckInPayload(String payload) {
        return payload != null && payload.startsWith(PAYLOAD_PREFIX);
    }

    /** The deep link's {@code /start} payload: {@code ci_<code>}. */
    public String startPayload() {
        return PAYLOAD_PREFIX + value;
    }

    @Override
    public String toString() {
        return value;
    }
}
