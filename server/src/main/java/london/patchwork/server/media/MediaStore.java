package london.patchwork.server.media;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The files under {@code patchwork.media.dir}: {@code <key>.<ext>} and {@code <key>-small.<ext>}. A key is 128 random
 * bits, so a file's name is its only key: serving by name shows nothing a guesser could find.
 */
@Singleton
public class MediaStore {

    static final Pattern FILE_NAME = Pattern.compile("([0-9a-f]{32})(-small)?\\.(jpg|png)");

    private final Path directory;
    private final SecureRandom random = new SecureRandom();

    public MediaStore(@Value("${patchwork.media.dir:./data/media}") String directory) {
        this.directory = Path.of(directory).toAbsolutePath();
    }

    String newKey() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The file extension a kept picture of this type is stored under (pictures are kept as JPEG or PNG). */
    static String extensionOf(String mimeType) {
        return "image/png".equals(mimeType) ? "png" : "jpg";
    }

    static String originalName(String key, String extension) {
        return key + "." + extension;
    }

    static String previewName(String key, String extension) {
        return key + "-small." + extension;
    }

    void write(String name, byte[] bytes) {
        try {
            Files.createDirectories(directory);
            Path temporary = directory.resolve(name + ".part");
            Files.write(temporary, bytes, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
            Files.move(temporary, directory.resolve(name), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("writing " + name + " under " + directory, e);
        }
    }

    void delete(String name) {
        try {
            Files.deleteIfExists(directory.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException("deleting " + name + " under " + directory, e);
        }
    }

    /** The file by its served name, when the name is one this store makes and the file exists. */
    Optional<Path> find(String name) {
        if (!FILE_NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        Path file = directory.resolve(name);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }
}
