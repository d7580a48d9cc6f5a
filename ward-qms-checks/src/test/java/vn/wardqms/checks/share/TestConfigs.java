package vn.wardqms.checks.share;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import vn.wardqms.checks.SharedContracts;

/**
 * Test inputs: Share's default forms configs, read from the shared reference folder beside the project and never
 * copied into it, and small configs the tests write (broken copies of either: {@link vn.wardqms.checks.BrokenCopy}).
 */
final class TestConfigs {
    private TestConfigs() {
    }

    /** share/share-form-config.xml: Share's content-model, admin-console and aspect forms. */
    static Path shareFormConfig() {
        return shared("alfresco/share/share-form-config.xml");
    }

    /** share/share-workflow-form-config.xml: Share's workflow start forms and task forms. */
    static Path shareWorkflowFormConfig() {
        return shared("alfresco/share/share-workflow-form-config.xml");
    }

    private static Path shared(String relative) {
        Path file = SharedContracts.dir().resolve(relative);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("No Share reference config at " + file + ": the shared/ folder must sit beside the project checkout");
        }
        return file;
    }

    /** Writes a config file the test made up. */
    static Path write(Path file, String xml) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, xml, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
