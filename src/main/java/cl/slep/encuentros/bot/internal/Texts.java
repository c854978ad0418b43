package cl.slep.encuentros.bot.internal;

import cl.slep.encuentros.participants.Organization;
import cl.slep.encuentros.participants.ParticipantProfile;
import java.text.BreakIterator;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * Everything a person reads, from messages.properties (Chilean Spanish). The organisation's own name is
 * configuration ({@code ENCUENTROS_ORGANIZATION}): the texts say {@value #ORGANIZATION} where it goes.
 */
@Component
public class Texts {

    static final Locale CHILE = Locale.forLanguageTag("es-CL");
    static final String ORGANIZATION = "%ORGANIZACION%";

    private final MessageSource messages;
    private final String organization;

    // Text a person typed is echoed back this long at most, so a pasted page does not come back as pages.
    private static final int ECHO_LENGTH = 60;

    Texts(MessageSource messages, Organization organization) {
        this.messages = messages;
        this.organization = organization.name();
    }

    /** The texts without Spring, for unit tests of conversation steps. */
    public static Texts fromBundles() {
        return fromBundles(new Organization(Organization.DEFAULT_NAME));
    }

    static Texts fromBundles(Organization organization) {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("messages", "staff-messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return new Texts(source, organization);
    }

    public String get(String key, Object... args) {
        return messages.getMessage(key, args, CHILE).replace(ORGANIZATION, organization);
    }

    /** The person's establishment as shown to them: "Name (RBD 12345, Commune)", or their own text, to be confirmed. */
    public String establishmentOf(ParticipantProfile profile) {
        return profile.establishment() != null
                ? profile.establishment().name() + " (RBD " + profile.establishment().rbd() + ", "
                        + profile.establishment().commune() + ")"
                : profile.establishmentFreeText() + " " + get("reg.establishment.pending");
    }

    /** Text a person typed, shortened on a character boundary and escaped, to quote it back to them. */
    public static String echo(String typed) {
        return html(shorten(typed == null ? "" : typed.strip(), ECHO_LENGTH));
    }

    /**
     * At most {@code max} characters as a person counts them, ending in "…" when cut: never inside an emoji, a
     * letter with its accent, or a surrogate pair (a cut there shows as "?").
     */
    public static String shorten(String text, int max) {
        BreakIterator characters = BreakIterator.getCharacterInstance(CHILE);
        characters.setText(text);
        int count = 0;
        int keptEnd = 0;
        for (int end = characters.next(); end != BreakIterator.DONE; end = characters.next()) {
            count++;
            if (count == max - 1) {
                keptEnd = end;
            }
            if (count > max) {
                return text.substring(0, keptEnd).strip() + "…";
            }
        }
        return text;
    }

    /** Escapes text a person typed (or Telegram gave us) before it goes out with parse_mode=HTML. */
    public static String html(String untrusted) {
        if (untrusted == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(untrusted.length() + 16);
        for (int i = 0; i < untrusted.length(); i++) {
            char c = untrusted.charAt(i);
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
