package cl.slep.encuentros.simulator;

/** A file part of a multipart request. */
record UploadedFile(String partName, String fileName, String contentType, byte[] bytes) {
}
