package vn.wardqms.checks.model;

import java.nio.file.Files;
import java.nio.file.Path;

/** Alfresco's reference files (../shared/alfresco), whose folder the build passes as wardqms.shared.dir. */
final class Reference {
    private Reference() {
    }

    static Path dir() {
        String shared = System.getProperty("wardqms.shared.dir", System.getenv("WARD_QMS_SHARED"));
        if (shared == null || shared.isBlank()) {
            throw new IllegalStateException("wardqms.shared.dir is not set: run the build from the project root (mvn -B verify)");
        }
        Path dir = Path.of(shared).toAbsolutePath().normalize().resolve("alfresco");
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("No Alfresco reference files at " + dir);
        }
        return dir;
    }
}
