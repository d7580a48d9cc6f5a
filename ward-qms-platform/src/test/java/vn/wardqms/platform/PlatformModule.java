package vn.wardqms.platform;

import java.nio.file.Path;

/** Where the tests find the platform module's artifacts. */
final class PlatformModule {
    static final String ID = "ward-qms-platform";

    private PlatformModule() {
    }

    /** The built resources (target/classes) that the JAR is made of. */
    static Path classes() {
        return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().resolve("target/classes");
    }

    static Path sources() {
        return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().resolve("src/main/resources");
    }

    static Path moduleDir(Path root) {
        return root.resolve("alfresco/module/" + ID);
    }

    static Path model(Path root) {
        return moduleDir(root).resolve("model/qmsModel.xml");
    }

    static Path englishLabels(Path root) {
        return moduleDir(root).resolve("messages/qms-model.properties");
    }

    static Path vietnameseLabels(Path root) {
        return moduleDir(root).resolve("messages/qms-model_vi.properties");
    }

    static Path projectRoot() {
        return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().getParent();
    }
}
