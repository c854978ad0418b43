package cl.slep.encuentros.participants;

/** Published when a participant's networks change, so they are invited to what their new networks meet for. */
public record ParticipantNetworksChanged(long participantId) {
}
