package cl.slep.encuentros.encuentros;

import cl.slep.encuentros.encuentros.internal.FileNames;
import cl.slep.encuentros.encuentros.internal.GoogleCalendarLink;
import cl.slep.encuentros.encuentros.internal.IcsWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The encuentro in people's calendars: an .ics file (same UID for its whole life, SEQUENCE raised by each change, so
 * a calendar updates the event instead of adding another) and a Google Calendar link.
 */
@Service
public class CalendarFiles {

    public static final String ICS_CONTENT_TYPE = "text/calendar; charset=UTF-8";

    private final EncuentroRepository encuentros;
    private final EncuentrosProperties properties;
    private final Clock clock;

    CalendarFiles(EncuentroRepository encuentros, EncuentrosProperties properties, Clock clock) {
        this.encuentros = encuentros;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * The .ics of a published (or ended) encuentro with an alarm per reminder offset; of a cancelled one, the
     * cancellation (METHOD:CANCEL). Empty for a draft or an unknown id.
     */
    @Transactional(readOnly = true)
    public Optional<ExportFile> ics(long encuentroId) {
        return encuentros.findById(encuentroId).map(Encuentro::view)
                .filter(view -> view.status() != EncuentroStatus.DRAFT)
                .map(view -> new ExportFile(FileNames.slug(view.title()) + ".ics", ICS_CONTENT_TYPE,
                        IcsWriter.write(event(view), properties.reminderOffsets(), clock.instant())
                                .getBytes(StandardCharsets.UTF_8)));
    }

    @Transactional(readOnly = true)
    public Optional<String> googleCalendarUrl(long encuentroId) {
        return encuentros.findById(encuentroId).map(Encuentro::view)
                .map(view -> GoogleCalendarLink.of(view.title(), view.start(), view.end(), view.zone(),
                        view.description(), location(view)));
    }

    private static IcsWriter.Event event(EncuentroView view) {
        return new IcsWriter.Event(view.uid(), view.sequence(), view.title(), view.description(), location(view),
                view.latitude(), view.longitude(), view.start(), view.end(), view.zone(),
                view.status() == EncuentroStatus.CANCELLED);
    }

    /** "Liceo Bicentenario, Av. Arturo Prat 1200, Iquique": what a calendar shows and a map searches. */
    static String location(EncuentroView view) {
        if (view.venueName() == null) {
            return view.address();
        }
        return view.address() == null ? view.venueName() : view.venueName() + ", " + view.address();
    }
}
