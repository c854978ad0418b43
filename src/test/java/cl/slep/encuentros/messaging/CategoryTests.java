package cl.slep.encuentros.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CategoryTests {

    @ParameterizedTest(name = "{0} {1}, paused={2}, optional muted={3}: sent={4}")
    @CsvSource({
            // nothing chosen: everything goes
            "DIRECT,   ESSENTIAL, false, false, true",
            "REMINDER, ESSENTIAL, false, false, true",
            "REMINDER, OPTIONAL,  false, false, true",
            "BULK,     OPTIONAL,  false, false, true",
            "BULK,     LEGAL,     false, false, true",
            // optional muted: optional messages stop, whatever their priority, except a direct answer
            "DIRECT,   OPTIONAL,  false, true,  true",
            "REMINDER, OPTIONAL,  false, true,  false",
            "BULK,     OPTIONAL,  false, true,  false",
            "REMINDER, ESSENTIAL, false, true,  true",
            "BULK,     ESSENTIAL, false, true,  true",
            "BULK,     LEGAL,     false, true,  true",
            // everything paused: only direct answers and legal notices
            "DIRECT,   ESSENTIAL, true,  false, true",
            "DIRECT,   OPTIONAL,  true,  true,  true",
            "REMINDER, ESSENTIAL, true,  false, false",
            "REMINDER, OPTIONAL,  true,  false, false",
            "BULK,     OPTIONAL,  true,  true,  false",
            "REMINDER, LEGAL,     true,  false, true",
            "BULK,     LEGAL,     true,  true,  true"
    })
    void whatThePersonsChoicesLetThrough(Priority priority, Category category, boolean paused, boolean muted,
            boolean sent) {
        assertThat(category.admitted(priority, paused, muted)).isEqualTo(sent);
    }
}
