package cl.slep.encuentros.encuentros;

import cl.slep.encuentros.civiltime.CivilTime;
import cl.slep.encuentros.encuentros.internal.AttendanceCsv;
import cl.slep.encuentros.encuentros.internal.FileNames;
import cl.slep.encuentros.participants.EstablishmentView;
import cl.slep.encuentros.participants.NetworkView;
import cl.slep.encuentros.participants.ParticipantProfile;
import cl.slep.encuentros.participants.Participants;
import java.text.Collator;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who said what and who came: counts for coordinators, overall and by establishment, and the CSV export. */
@Service
public class Attendance {

    private final EncuentroRepository encuentros;
    private final InvitationRepository invitations;
    private final Places places;
    private final Participants participants;
    private final StaffAccess access;
    private final CivilTime civilTime;
    private final AttendanceCsv csv = new AttendanceCsv();

    Attendance(EncuentroRepository encuentros, InvitationRepository invitations, Places places,
            Participants participants, StaffAccess access, CivilTime civilTime) {
        this.encuentros = encuentros;
        this.invitations = invitations;
        this.places = places;
        this.participants = participants;
        this.access = access;
        this.civilTime = civilTime;
    }

    @Transactional(readOnly = true)
    public AttendanceSummary summary(long actorTelegramId, long encuentroId) {
        managed(actorTelegramId, encuentroId);
        AttendanceCounts overall = AttendanceCounts.ZERO;
        Map<Long, AttendanceSummary.ByEstablishment> known = new LinkedHashMap<>();
        Map<String, AttendanceCounts> typed = new LinkedHashMap<>();
        AttendanceCounts unknown = AttendanceCounts.ZERO;
        for (Invitation invitation : invitations.findByEncuentroIdOrderById(encuentroId)) {
            InvitationView view = invitation.view(null);
            overall = overall.plus(view);
            Optional<ParticipantProfile> profile = profile(invitation);
            EstablishmentView establishment = profile.map(ParticipantProfile::establishment).orElse(null);
            String freeText = profile.map(ParticipantProfile::establishmentFreeText).orElse(null);
            if (establishment != null) {
                AttendanceSummary.ByEstablishment current = known.getOrDefault(establishment.id(),
                        new AttendanceSummary.ByEstablishment(establishment.id(), establishment.rbd(),
                                establishment.name(), AttendanceCounts.ZERO));
                known.put(establishment.id(), new AttendanceSummary.ByEstablishment(current.establishmentId(),
                        current.rbd(), current.name(), current.counts().plus(view)));
            } else if (freeText != null) {
                typed.merge(freeText, AttendanceCounts.ZERO.plus(view), (a, b) -> sum(a, b));
            } else {
                unknown = unknown.plus(view);
            }
        }
        Collator spanish = Collator.getInstance(CivilTime.SPANISH_CHILE);
        List<AttendanceSummary.ByEstablishment> rows = new ArrayList<>(known.values());
        typed.forEach((name, counts) -> rows.add(new AttendanceSummary.ByEstablishment(null, null, name, counts)));
        rows.sort(Comparator.comparing(AttendanceSummary.ByEstablishment::name, spanish));
        if (!unknown.equals(AttendanceCounts.ZERO)) {
            rows.add(new AttendanceSummary.ByEstablishment(null, null, null, unknown));
        }
        return new AttendanceSummary(encuentroId, overall, rows);
    }

    /**
     * Everyone invited or checked in who has not erased their data, by name: name, establishment, RBD, role,
     * networks, answer, present, local check-in time.
     */
    @Transactional(readOnly = true)
    public ExportFile csv(long actorTelegramId, long encuentroId) {
        Encuentro encuentro = managed(actorTelegramId, encuentroId);
        Collator spanish = Collator.getInstance(CivilTime.SPANISH_CHILE);
        List<AttendanceCsv.Row> rows = new ArrayList<>();
        for (Invitation invitation : invitations.findByEncuentroIdOrderById(encuentroId)) {
            Optional<ParticipantProfile> found = profile(invitation);
            if (found.isEmpty()) {
                continue;
            }
            ParticipantProfile person = found.get();
            InvitationView view = places.view(invitation);
            rows.add(new AttendanceCsv.Row(person.fullName(), Objects.toString(person.establishmentName(), ""),
                    person.establishment() == null ? "" : Integer.toString(person.establishment().rbd()),
                    participants.roleLabel(person.role()),
                    person.networks().stream().map(NetworkView::name).collect(Collectors.joining(", ")),
                    answerLabel(view), csv.label(view.present() ? "present.yes" : "present.no"),
                    view.present() ? civilTime.format(view.checkedInAt()) : ""));
        }
        rows.sort(Comparator.comparing(AttendanceCsv.Row::name, spanish));
        EncuentroView shown = encuentro.view();
        String fileName = MessageFormat.format(csv.label("file-name"), FileNames.slug(shown.title()),
                shown.start().toLocalDate().toString());
        return new ExportFile(fileName, AttendanceCsv.CONTENT_TYPE, csv.write(rows));
    }

    private String answerLabel(InvitationView view) {
        if (view.guest()) {
            return csv.label("answer.GUEST");
        }
        if (view.place() == Place.WAITLISTED) {
            return csv.label("answer.WAITLISTED");
        }
        return csv.label("answer." + view.answer().name());
    }

    private Optional<ParticipantProfile> profile(Invitation invitation) {
        return invitation.participantId() == null ? Optional.empty()
                : participants.findById(invitation.participantId());
    }

    private Encuentro managed(long actorTelegramId, long encuentroId) {
        Encuentro encuentro = encuentros.findById(encuentroId)
                .orElseThrow(() -> new IllegalArgumentException("No encuentro " + encuentroId));
        access.require(actorTelegramId, encuentro);
        return encuentro;
    }

    private static AttendanceCounts sum(AttendanceCounts a, AttendanceCounts b) {
        return new AttendanceCounts(a.yes() + b.yes(), a.maybe() + b.maybe(), a.no() + b.no(),
                a.noAnswer() + b.noAnswer(), a.present() + b.present(), a.guests() + b.guests());
    }
}
