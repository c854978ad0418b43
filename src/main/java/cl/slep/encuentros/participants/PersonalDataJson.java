package cl.slep.encuentros.participants;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The JSON of /mis_datos, with Spanish keys: it is meant for the person to read and keep.
 *
 * @param responsible the organisation responsible for the data, as configured ({@link Organization})
 * @param roleLabel how a role reads, from the catalogue
 * @param staffRoleLabel how what a person may do in the bot reads
 * @param zone times are written in the organisation's local time, with their offset
 */
record PersonalDataJson(String responsible, Function<SchoolRole, String> roleLabel,
        Function<StaffRole, String> staffRoleLabel, ZoneId zone) {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    String of(ParticipantProfile p, StaffRole role, List<String> coordinatedNetworks, Instant now) {
        Map<String, Object> data = header(p.telegramUserId(), now);
        data.put("nombre_completo", p.fullName());
        if (p.establishment() != null) {
            Map<String, Object> establishment = new LinkedHashMap<>();
            establishment.put("rbd", p.establishment().rbd());
            establishment.put("nombre", p.establishment().name());
            establishment.put("comuna", p.establishment().commune());
            data.put("establecimiento", establishment);
        } else {
            data.put("establecimiento_no_listado", p.establishmentFreeText());
        }
        data.put("cargo", roleLabel.apply(p.role()));
        if (p.roleOther() != null) {
            data.put("cargo_indicado", p.roleOther());
        }
        data.put("redes", p.networks().stream().map(NetworkView::name).toList());
        data.put("consentimiento_otorgado_el", local(p.consentGivenAt()));
        data.put("registrado_el", local(p.registeredAt()));
        data.put("ultima_actividad", local(p.lastSeenAt()));
        data.put("contactable", p.reachable());
        Map<String, Object> preferences = new LinkedHashMap<>();
        preferences.put("mensajes_pausados", p.messagesPaused());
        preferences.put("sin_difusiones_ni_encuestas", p.optionalMessagesMuted());
        data.put("preferencias", preferences);
        data.put("rol_en_el_bot", staffRoleLabel.apply(role));
        data.put("coordina_redes", coordinatedNetworks);
        return write(data);
    }

    private String local(Instant instant) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime().toString();
    }

    /** For a coordinator named by id who never registered: all that is stored is their grants. */
    String staffOnly(long telegramUserId, StaffRole role, List<String> coordinatedNetworks, Instant now) {
        Map<String, Object> data = header(telegramUserId, now);
        data.put("rol_en_el_bot", staffRoleLabel.apply(role));
        data.put("coordina_redes", coordinatedNetworks);
        return write(data);
    }

    private Map<String, Object> header(long telegramUserId, Instant now) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("generado_el", local(now));
        data.put("responsable", responsible);
        data.put("id_usuario_telegram", telegramUserId);
        return data;
    }

    private static String write(Map<String, Object> data) {
        try {
            return MAPPER.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Personal data cannot be written as JSON", e);
        }
    }
}
