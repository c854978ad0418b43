package cl.slep.encuentros.scheduler.internal;

import cl.slep.encuentros.messaging.OutboxHousekeeping;
import cl.slep.encuentros.participants.Retention;
import cl.slep.encuentros.scheduler.DailyTask;
import java.time.LocalTime;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The daily work of the modules the scheduler may call; times spread so no two run at once. */
@Configuration(proxyBeanMethods = false)
class HousekeepingTasks {

    static final String RETENTION = "participants-retention";
    static final String OUTBOX_CLEANUP = "messaging-outbox-cleanup";

    @Bean
    DailyTask retentionTask(Retention retention) {
        return task(RETENTION, LocalTime.of(3, 30), retention::apply);
    }

    @Bean
    DailyTask outboxCleanupTask(OutboxHousekeeping housekeeping) {
        return task(OUTBOX_CLEANUP, LocalTime.of(4, 20), housekeeping::forgetFinishedRows);
    }

    private static DailyTask task(String name, LocalTime at, Runnable work) {
        return new DailyTask() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public LocalTime at() {
                return at;
            }

            @Override
            public void run() {
                work.run();
            }
        };
    }
}
