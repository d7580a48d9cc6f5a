package vn.wardqms.share;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The packaged Share module JAR (integration tests run after package), unpacked for the file-based checks. */
final class ShareJar {
    private ShareJar() {
    }

    static Path file() {
        String jar = System.getProperty("wardqms.share.jar");
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("Share module JAR not found (" + jar + "): integration tests run in mvn verify, after package");
        }
        return Path.of(jar);
    }

    /** Unpacks the JAR into {@code dir} and returns it. */
    static Path unpack(Path dir) {
        try (FileSystem zip = FileSystems.newFileSystem(file()); Stream<Path> entries = Files.walk(zip.getPath("/"))) {
            for (Path entry : entries.toList()) {
                Path target = dir.resolve(entry.toString().substring(1));
                if (Files.isDirectory(entry)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(entry, target);
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
