package cl.slep.encuentros.messaging.internal;

import cl.slep.encuentros.messaging.OutgoingMessage;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

/** Outbox payloads as JSON; a private mapper so nothing configured for the web leaks in. */
@Component
public class PayloadCodec {

    private final ObjectMapper mapper = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public String write(OutgoingMessage message) {
        try {
            return mapper.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot store message of type " + message.getClass().getSimpleName(), e);
        }
    }

    OutgoingMessage read(String payload) {
        try {
            return mapper.readValue(payload, OutgoingMessage.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable outbox payload", e);
        }
    }
}
