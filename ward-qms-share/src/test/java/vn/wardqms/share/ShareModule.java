package vn.wardqms.share;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import vn.wardqms.checks.SharedContracts;
import vn.wardqms.share.checks.Dictionary;
import vn.wardqms.share.checks.Processes;

/** Where the Share module's files are, in the sources or in an unpacked JAR, and what they are checked against. */
public final class ShareModule {
    public static final String MODULE_ID = "ward-qms-share";
    public static final String CONFIG = "META-INF/share-config-custom.xml";
    public static final String EXTENSION = "alfresco/web-extension/site-data/extensions/ward-qms-share.xml";
    public static final String CONTEXT = "alfresco/web-extension/ward-qms-share-context.xml";
    public static final String BUNDLE_BASE = "alfresco/web-extension/messages/ward-qms-share";
    public static final String ENGLISH = BUNDLE_BASE + ".properties";
    public static final String VIETNAMESE = BUNDLE_BASE + "_vi.properties";
    public static final String FORMS_SCRIPT = "META-INF/ward-qms-share/js/qms-forms.js";

    private static final String PLATFORM = "../ward-qms-platform/src/main/resources/alfresco/module/ward-qms-platform/";

    private ShareModule() {
    }

    /** The module's resources as shipped from source. */
    public static Path sources() {
        return Path.of("src/main/resources").toAbsolutePath();
    }

    public static Path contentModel() {
        return Path.of(PLATFORM, "model/qmsModel.xml").toAbsolutePath().normalize();
    }

    public static Path taskModel() {
        return Path.of(PLATFORM, "model/qmsWorkflowModel.xml").toAbsolutePath().normalize();
    }

    public static Path workflows() {
        return Path.of(PLATFORM, "workflow").toAbsolutePath().normalize();
    }

    /** The repository's built-in models our forms use (cm:, bpm:, sys:), read from ../shared/alfresco/model. */
    public static List<Path> builtInModels() {
        Path dir = SharedContracts.dir().resolve("alfresco/model");
        return List.of(dir.resolve("systemModel.xml"), dir.resolve("contentModel.xml"), dir.resolve("bpmModel.xml"));
    }

    public static Dictionary dictionary() {
        return Dictionary.of(contentModel(), taskModel(), builtInModels());
    }

    public static Processes processes() {
        return Processes.read(workflows());
    }

    public static Path shareData(String name) {
        Path p = Path.of("src/test/resources/share", name).toAbsolutePath();
        if (!Files.isRegularFile(p)) {
            throw new IllegalStateException("missing Share reference data " + p);
        }
        return p;
    }
}
