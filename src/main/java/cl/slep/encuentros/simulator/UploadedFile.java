package cl.slep.encuentros.simulator;

import java.nio.file.Path;

/** A file part of a multipart request, already on disk so that a 50 MB upload never sits whole in the heap. */
record UploadedFile(String partName, String fileName, String contentType, Path content, long size) {

    UploadedFile withFileName(String name) {
        return new UploadedFile(partName, name, contentType, content, size);
    }
}
