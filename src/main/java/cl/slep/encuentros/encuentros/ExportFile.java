package cl.slep.encuentros.encuentros;

/** A file for people to download or be sent: its name (with the encuentro and date) and its bytes. */
public record ExportFile(String fileName, String contentType, byte[] content) {
}
