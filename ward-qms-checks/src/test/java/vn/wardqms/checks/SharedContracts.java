package vn.wardqms.checks;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Alfresco's own contracts (XSD, parser binding, built-in models, Swagger, event schemas) and checking tools,
 * kept in ../shared beside the project. Tests read them from there and never copy them.
 */
public final class SharedContracts {
    private SharedContracts() {
    }

    public static Path dir() {
        String configured = System.getProperty("wardqms.shared.dir", System.getenv("WARD_QMS_SHARED"));
        if (configured == null || configured.isBlank()) {
            throw new IllegalStateException("wardqms.shared.dir is not set: run the build from the project root (mvn -B verify) "
                    + "or set WARD_QMS_SHARED to the shared/ folder beside the project");
        }
        Path dir = Path.of(configured).toAbsolutePath().normalize();
        if (!Files.isDirectory(dir.resolve("alfresco"))) {
            throw new IllegalStateException("No Alfresco reference files at " + dir.resolve("alfresco")
                    + ": the shared/ folder must sit beside the project checkout");
        }
        return dir;
    }

    public static Path modelSchema() {
        return dir().resolve("alfresco/model/modelSchema.xsd");
    }
}
