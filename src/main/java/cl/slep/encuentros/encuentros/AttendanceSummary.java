package cl.slep.encuentros.encuentros;

import java.util.List;

/**
 * Attendance overall and by establishment (by name; people who typed an establishment outside the catalogue are
 * grouped by what they typed; those who erased their data, under an establishment with null id and name).
 */
public record AttendanceSummary(long encuentroId, AttendanceCounts overall, List<ByEstablishment> byEstablishment) {

    public AttendanceSummary {
        byEstablishment = List.copyOf(byEstablishment);
    }

    public record ByEstablishment(Long establishmentId, Integer rbd, String name, AttendanceCounts counts) {
    }
}
