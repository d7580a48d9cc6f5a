package vn.wardqms.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;

/** The packaged module JAR as the repository will see it on its classpath (integration tests run after package). */
final class ModuleJar implements AutoCloseable {
    private final FileSystem zip;

    private ModuleJar(FileSystem zip) {
        this.zip = zip;
    }

    static ModuleJar open() {
        String jar = System.getProperty("wardqms.module.jar");
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("module JAR not found (" + jar + "): integration tests run in mvn verify, after package");
        }
        try {
            return new ModuleJar(FileSystems.newFileSystem(Path.of(jar)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path root() {
        return zip.getPath("/");
    }

    /** Copies a JAR entry to a real file, for tools that take file names. */
    Path extract(String entry, Path dir) {
        try {
            Path target = dir.resolve(entry);
            Files.createDirectories(target.getParent());
            Files.copy(root().resolve(entry), target);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
