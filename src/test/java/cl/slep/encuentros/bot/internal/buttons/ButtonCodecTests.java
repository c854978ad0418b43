package cl.slep.encuentros.bot.internal.buttons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/** Every button type fits Telegram's 64 bytes with its longest possible values, and decodes what it encodes. */
class ButtonCodecTests {

    /** Every button type in the application, found on the class path so a new one cannot be forgotten. */
    static Stream<Class<? extends Button>> buttonTypes() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scanner.addIncludeFilter(new AnnotationTypeFilter(ButtonType.class));
        List<Class<? extends Button>> types = new ArrayList<>();
        for (BeanDefinition definition : scanner.findCandidateComponents("cl.slep.encuentros")) {
            try {
                Class<?> type = Class.forName(definition.getBeanClassName());
                if (!type.getName().contains("Tests$")) {
                    types.add(type.asSubclass(Button.class));
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        assertThat(types).as("button types found").hasSizeGreaterThanOrEqualTo(12);
        return types.stream().sorted(Comparator.comparing(Class::getName));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("buttonTypes")
    void theLongestDataOfEachButtonTypeFitsIn64BytesAndDecodesBack(Class<? extends Button> type) throws Exception {
        Button longest = longest(type);

        String data = ButtonCodec.encode(longest);

        assertThat(data.getBytes(StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(64);
        assertThat(new ButtonCodec(List.of(type)).decode(data)).contains(longest);
    }

    @Test
    void prefixesAreUniqueAcrossTheApplication() {
        List<Class<? extends Button>> types = buttonTypes().toList();
        assertThat(new ButtonCodec(types)).isNotNull();
        assertThat(types.stream().map(type -> type.getAnnotation(ButtonType.class).prefix()).distinct())
                .hasSameSizeAs(types);
    }

    @Test
    void aTypeWithATextComponentIsRefused() {
        assertThatThrownBy(() -> new ButtonCodec(List.of(WithText.class))).isInstanceOf(IllegalStateException.class);
    }

    @ButtonType(prefix = "txt")
    record WithText(String text) implements Button {
    }

    /** The record with each component at its longest text: the most negative number, the longest enum name. */
    private static Button longest(Class<? extends Button> type) throws Exception {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            Class<?> kind = components[i].getType();
            if (kind == long.class) {
                values[i] = Long.MIN_VALUE;
            } else if (kind == int.class) {
                values[i] = Integer.MIN_VALUE;
            } else if (kind == boolean.class) {
                values[i] = true;
            } else {
                values[i] = Arrays.stream(kind.getEnumConstants()).max(Comparator.comparingInt(c -> ((Enum<?>) c).name().length()))
                        .orElseThrow();
            }
        }
        Constructor<? extends Button> constructor = type.getDeclaredConstructor(
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        constructor.setAccessible(true);
        return constructor.newInstance(values);
    }
}
