package london.patchwork.server.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

/** Reading an upload once, bounded, and what the client prefers. */
final class ImportUploads {

    private ImportUploads() {
    }

    /**
     * The whole upload (its declared length, -1 when unknown, refused early when too large), read into one array and no further than one byte past the limit.
     *
     * @throws ImportRefused 413 when it is larger than {@link ImportService#MAX_BYTES}
     */
    static byte[] read(InputStream body, long declared) throws IOException {
        try (body) {
            if (declared > ImportService.MAX_BYTES) {
                throw refusedAfterDraining(body);
            }
            byte[] file = body.readNBytes((int) ImportService.MAX_BYTES + 1);
            if (file.length > ImportService.MAX_BYTES) {
                throw refusedAfterDraining(body);
            }
            return file;
        }
    }

    /**
     * Reads and drops the rest of a refused upload (the server's own limit bounds it): a client still sending would
     * otherwise wait on a body nobody reads, and never see the answer.
     */
    private static ImportRefused refusedAfterDraining(InputStream body) throws IOException {
        body.transferTo(OutputStream.nullOutputStream());
        return tooLarge();
    }

    static ImportRefused tooLarge() {
        return new ImportRefused(413, "the file is larger than " + ImportService.MAX_BYTES / (1024 * 1024)
                + " MB: split it, or import it in parts");
    }

    /** Whether the client asked (RFC 7240) to be answered at once and poll for the result. */
    static boolean async(List<String> prefer) {
        return prefer.stream().flatMap(header -> java.util.Arrays.stream(header.split(",")))
                .map(token -> token.split(";", 2)[0].strip().toLowerCase(Locale.ROOT))
                .anyMatch("respond-async"::equals);
    }
}
