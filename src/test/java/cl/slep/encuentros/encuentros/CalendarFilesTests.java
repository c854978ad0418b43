package cl.slep.encuentros.encuentros;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CalendarFilesTests extends EncuentrosDatabaseTest {

    @Autowired
    CalendarFiles calendarFiles;

    @Test
    void aRescheduleKeepsTheUidAndRaisesTheSequenceAndACancellationCancels() throws Exception {
        long coordinator = coordinator("DIRECTORES");
        EncuentroDraft draft = draft("Directores", local("2026-04-09T09:00"), null, "DIRECTORES");
        long id = encuentros.createDraft(coordinator, draft).id();
        assertThat(calendarFiles.ics(id)).as("a draft has no calendar file yet").isEmpty();
        encuentros.publish(coordinator, id);
        VEvent first = event(parse(calendarFiles.ics(id).orElseThrow()));

        encuentros.edit(coordinator, id, draft.withSchedule(LocalDateTime.parse("2026-04-10T15:00"),
                LocalDateTime.parse("2026-04-10T17:00")));
        ExportFile moved = calendarFiles.ics(id).orElseThrow();
        VEvent second = event(parse(moved));

        assertThat(moved.fileName()).isEqualTo("directores.ics");
        assertThat(moved.contentType()).isEqualTo("text/calendar; charset=UTF-8");
        assertThat(second.getRequiredProperty("UID").getValue()).isEqualTo(first.getRequiredProperty("UID")
                .getValue());
        assertThat(first.getRequiredProperty("SEQUENCE").getValue()).isEqualTo("0");
        assertThat(second.getRequiredProperty("SEQUENCE").getValue()).isEqualTo("1");
        assertThat(second.getRequiredProperty("DTSTART").getValue()).isEqualTo("20260410T150000");
        assertThat(second.getRequiredProperty("LOCATION").getValue())
                .isEqualTo("Liceo Bicentenario, Av. Arturo Prat 1200, Iquique");

        encuentros.cancel(coordinator, id);
        Calendar cancelled = parse(calendarFiles.ics(id).orElseThrow());
        assertThat(cancelled.getRequiredProperty("METHOD").getValue()).isEqualTo("CANCEL");

        assertThat(calendarFiles.googleCalendarUrl(id).orElseThrow())
                .contains("dates=20260410T150000/20260410T170000", "ctz=America%2FSantiago");
    }

    private static Calendar parse(ExportFile file) throws Exception {
        return new CalendarBuilder().build(new StringReader(new String(file.content(), StandardCharsets.UTF_8)));
    }

    private static VEvent event(Calendar calendar) {
        return calendar.<VEvent>getComponents("VEVENT").get(0);
    }
}
