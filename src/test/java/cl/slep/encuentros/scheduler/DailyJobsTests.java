package cl.slep.encuentros.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobDetail;

class DailyJobsTests {

    private static final ZoneId SANTIAGO = ZoneId.of("America/Santiago");

    private final JobDetail job = DailyJobs.job("test-daily", NoOp.class, new JobDataMap());

    @Test
    void aDailyJobIsRecoverableAndFiresOnceAfterAMissedRun() {
        CronTrigger trigger = DailyJobs.trigger(job, LocalTime.of(3, 30), SANTIAGO);

        assertThat(job.requestsRecovery()).isTrue();
        assertThat(job.isDurable()).isTrue();
        assertThat(trigger.getMisfireInstruction()).isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW);
        assertThat(trigger.getCronExpression()).isEqualTo("0 30 3 ? * *");
        assertThat(trigger.getTimeZone().getID()).isEqualTo("America/Santiago");
    }

    @Test
    void itKeepsItsLocalTimeAcrossBothClockChanges() {
        CronTrigger trigger = DailyJobs.trigger(job, LocalTime.of(3, 30), SANTIAGO);

        // September: Sunday 00:00-00:59 does not exist; April: Saturday 23:00-23:59 happens twice.
        for (String before : new String[] {"2026-09-05T12:00:00Z", "2026-09-06T12:00:00Z", "2026-04-04T12:00:00Z",
                "2026-04-05T12:00:00Z"}) {
            Date fire = trigger.getFireTimeAfter(Date.from(Instant.parse(before)));
            assertThat(LocalDateTime.ofInstant(fire.toInstant(), SANTIAGO).toLocalTime()).as("after " + before)
                    .isEqualTo(LocalTime.of(3, 30));
        }
    }

    @Test
    void theHourThatSeptemberSkipsIsRefused() {
        assertThatThrownBy(() -> DailyJobs.trigger(job, LocalTime.of(0, 30), SANTIAGO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("test-daily");
        assertThatThrownBy(() -> DailyJobs.trigger(job, LocalTime.MIDNIGHT, SANTIAGO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(DailyJobs.trigger(job, LocalTime.of(1, 0), SANTIAGO)).isNotNull();
        assertThat(DailyJobs.trigger(job, LocalTime.of(23, 59), SANTIAGO)).isNotNull();
    }

    static class NoOp implements Job {
        @Override
        public void execute(org.quartz.JobExecutionContext context) {
        }
    }
}
