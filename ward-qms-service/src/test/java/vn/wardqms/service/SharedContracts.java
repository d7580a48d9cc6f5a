package vn.wardqms.service;

import java.nio.file.Files;
import java.nio.file.Path;

/** The Alfresco reference files in ../shared beside the project (read there, never copied). */
public final class SharedContracts {
    private SharedContracts() {
    }

    public static Path dir() {
        String configured = System.getProperty("wardqms.shared.dir", System.getenv("WARD_QMS_SHARED"));
        if (configured == null || configured.isBlank()) {
            throw new IllegalStateException("wardqms.shared.dir is not set: run the build from the project root (mvn -B verify)");
        }
        Path dir = Path.of(configured).toAbsolutePath().normalize();
        if (!Files.isDirectory(dir.resolve("alfresco"))) {
            throw new IllegalStateException("No Alfresco reference files at " + dir.resolve("alfresco"));
        }
        return dir;
    }
}
