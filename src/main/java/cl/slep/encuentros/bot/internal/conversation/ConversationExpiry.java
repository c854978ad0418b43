package cl.slep.encuentros.bot.internal.conversation;

import java.time.Clock;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Deletes conversations nobody finished once their flow's timeout passed: someone who typed /start and never
 * accepted the privacy notice leaves nothing behind. The engine already ignores an expired row; this removes it.
 * A fixed interval, not a civil-time cron: the hour of day does not matter here.
 */
@Configuration(proxyBeanMethods = false)
class ConversationExpiry {

    static final String JOB = "bot-conversation-expiry";
    private static final Logger log = LoggerFactory.getLogger(ConversationExpiry.class);

    @Bean
    JobDetail conversationExpiryJob() {
        return JobBuilder.newJob(ConversationExpiryJob.class).withIdentity(JOB).storeDurably().build();
    }

    @Bean
    Trigger conversationExpiryTrigger(JobDetail conversationExpiryJob) {
        return TriggerBuilder.newTrigger().forJob(conversationExpiryJob).withIdentity(JOB)
                .withSchedule(SimpleScheduleBuilder.repeatMinutelyForever(15)
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
    }

    /** Deletes every conversation whose timeout has passed; returns how many. */
    static int run(ConversationStore store, Clock clock) {
        int deleted = store.deleteExpired(clock.instant());
        if (deleted > 0) {
            log.info("Deleted {} expired conversations", deleted);
        }
        return deleted;
    }

    @DisallowConcurrentExecution
    static class ConversationExpiryJob implements Job {

        private final ConversationStore store;
        private final Clock clock;

        ConversationExpiryJob(ConversationStore store, Clock clock) {
            this.store = store;
            this.clock = clock;
        }

        @Override
        public void execute(JobExecutionContext context) {
            run(store, clock);
        }
    }
}
