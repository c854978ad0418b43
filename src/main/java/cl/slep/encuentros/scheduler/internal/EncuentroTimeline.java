package cl.slep.encuentros.scheduler.internal;

import cl.slep.encuentros.encuentros.EncuentroCancelled;
import cl.slep.encuentros.encuentros.EncuentroPublished;
import cl.slep.encuentros.encuentros.EncuentroRescheduled;
import cl.slep.encuentros.encuentros.EncuentroStatus;
import cl.slep.encuentros.encuentros.EncuentroView;
import cl.slep.encuentros.encuentros.Encuentros;
import java.time.Instant;
import java.util.function.Function;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Follows each encuentro's life in the job store: its moments are planned when it is published, planned anew when
 * its date or time changes, and removed when it is cancelled. The listeners are retried if they fail (the event
 * publication registry), and planning replaces what was there, so a retry plans nothing twice.
 */
@Component
class EncuentroTimeline {

    private final Encuentros encuentros;
    private final ReminderPlanner planner;

    EncuentroTimeline(Encuentros encuentros, ReminderPlanner planner) {
        this.encuentros = encuentros;
        this.planner = planner;
    }

    @ApplicationModuleListener
    void on(EncuentroPublished event) {
        // Planned from the publication: if the application stopped before this ran, a moment that fell due meanwhile
        // still goes out. A changed date is planned from now only: its notice says what changed, and a "mañana"
        // reminder for a moment before the change would come after the fact.
        replan(event.encuentroId(), EncuentroView::publishedAt);
    }

    @ApplicationModuleListener
    void on(EncuentroRescheduled event) {
        if (event.timeChanged()) {
            replan(event.encuentroId(), encuentro -> null);
        }
    }

    @ApplicationModuleListener
    void on(EncuentroCancelled event) {
        planner.cancel(event.encuentroId());
    }

    /** {@code since}: from when missed moments still go out (null: only those ahead). */
    private void replan(long encuentroId, Function<EncuentroView, Instant> since) {
        encuentros.find(encuentroId)
                .filter(encuentro -> encuentro.status() == EncuentroStatus.PUBLISHED)
                .ifPresentOrElse(encuentro -> planner.plan(encuentroId, encuentro.start(), encuentro.end(),
                        since.apply(encuentro)), () -> planner.cancel(encuentroId));
    }
}
