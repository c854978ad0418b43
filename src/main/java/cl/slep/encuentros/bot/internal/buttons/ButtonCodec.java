package cl.slep.encuentros.bot.internal.buttons;

import cl.slep.encuentros.messaging.InlineButton;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Packs a {@link Button} record into callback data ({@code <prefix><version>[:component]...}) and back. Decoding
 * never throws: data that is oversized, of an unknown prefix or version, with the wrong number of components or a
 * component that does not parse is refused as empty.
 */
public final class ButtonCodec {

    /** Telegram rejects callback data over 64 bytes. */
    public static final int MAX_BYTES = 64;

    private static final Pattern HEAD = Pattern.compile("([a-z]{1,6})(\\d{1,3})");

    private final Map<String, Class<? extends Button>> byPrefix = new HashMap<>();

    public ButtonCodec(Collection<Class<? extends Button>> types) {
        for (Class<? extends Button> type : types) {
            ButtonType declared = declaration(type);
            Class<? extends Button> previous = byPrefix.putIfAbsent(declared.prefix(), type);
            if (previous != null) {
                throw new IllegalStateException("Button prefix '" + declared.prefix() + "' used by " + previous.getName()
                        + " and " + type.getName());
            }
        }
    }

    public static ButtonType declaration(Class<? extends Button> type) {
        ButtonType declared = type.getAnnotation(ButtonType.class);
        if (declared == null || !type.isRecord() || !declared.prefix().matches("[a-z]{1,6}")) {
            throw new IllegalStateException(type.getName() + " must be a record annotated @ButtonType with a prefix of 1-6 a-z");
        }
        for (RecordComponent component : type.getRecordComponents()) {
            Class<?> kind = component.getType();
            if (kind != long.class && kind != int.class && kind != boolean.class && !kind.isEnum()) {
                throw new IllegalStateException(type.getName() + "." + component.getName()
                        + ": button components are long, int, boolean or an enum");
            }
        }
        return declared;
    }

    public static String encode(Button button) {
        ButtonType declared = declaration(button.getClass());
        StringBuilder data = new StringBuilder(declared.prefix()).append(declared.version());
        try {
            for (RecordComponent component : button.getClass().getRecordComponents()) {
                java.lang.reflect.Method accessor = component.getAccessor();
                // Button records are package-private in their feature's package; the codec reads them anyway.
                accessor.setAccessible(true);
                Object value = accessor.invoke(button);
                data.append(':').append(value instanceof Boolean flag ? (flag ? "1" : "0")
                        : value instanceof Enum<?> constant ? constant.name() : String.valueOf(value));
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read button " + button, e);
        }
        String encoded = data.toString();
        if (encoded.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new IllegalStateException("Callback data over 64 bytes: " + encoded);
        }
        return encoded;
    }

    /** An inline button whose callback data is this typed button. */
    public static InlineButton inline(String label, Button button) {
        return InlineButton.callback(label, encode(button));
    }

    public Optional<Button> decode(String data) {
        if (data == null || data.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.empty();
        }
        String[] parts = data.split(":", -1);
        Matcher head = HEAD.matcher(parts[0]);
        if (!head.matches()) {
            return Optional.empty();
        }
        Class<? extends Button> type = byPrefix.get(head.group(1));
        if (type == null || type.getAnnotation(ButtonType.class).version() != Integer.parseInt(head.group(2))) {
            return Optional.empty();
        }
        RecordComponent[] components = type.getRecordComponents();
        if (parts.length - 1 != components.length) {
            return Optional.empty();
        }
        try {
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                values[i] = parse(components[i].getType(), parts[i + 1]);
            }
            Constructor<? extends Button> constructor = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            constructor.setAccessible(true);
            return Optional.of(constructor.newInstance(values));
        } catch (IllegalArgumentException | ReflectiveOperationException e) {
            // Forged or corrupted data, or a record that refuses its values: a stale button, not an error.
            return Optional.empty();
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object parse(Class<?> kind, String text) {
        if (kind == long.class) {
            requireDigits(text, 19);
            return Long.parseLong(text);
        }
        if (kind == int.class) {
            requireDigits(text, 10);
            return Integer.parseInt(text);
        }
        if (kind == boolean.class) {
            return switch (text) {
                case "1" -> true;
                case "0" -> false;
                default -> throw new IllegalArgumentException("Not a flag: " + text);
            };
        }
        return Enum.valueOf((Class<? extends Enum>) kind, text);
    }

    private static void requireDigits(String text, int maxDigits) {
        if (!text.matches("-?\\d{1," + maxDigits + "}")) {
            throw new IllegalArgumentException("Not a number: " + text);
        }
    }
}
