package vn.wardqms.checks.share;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Test inputs: Share's default forms configs, read from the shared reference folder beside the project (system
 * property {@code wardqms.shared.dir}, set by the build) and never copied into it; small configs the tests write; and
 * broken copies of either.
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
        String dir = System.getProperty("wardqms.shared.dir", System.getenv("WARD_QMS_SHARED"));
        if (dir == null || dir.isBlank()) {
            throw new IllegalStateException("wardqms.shared.dir is not set: run the build from the project root (mvn -B verify) "
                    + "or set WARD_QMS_SHARED to the shared/ folder beside the project");
        }
        Path file = Path.of(dir).resolve(relative).toAbsolutePath().normalize();
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

    /** Copies {@code original} to {@code target} with the single occurrence of {@code find} replaced. */
    static Path broken(Path original, Path target, String find, String replacement) {
        try {
            String text = Files.readString(original, StandardCharsets.UTF_8);
            int at = text.indexOf(find);
            if (at < 0 || text.indexOf(find, at + 1) >= 0) {
                throw new IllegalArgumentException("'" + find + "' must occur exactly once in " + original);
            }
            return write(target, text.substring(0, at) + replacement + text.substring(at + find.length()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 1-based number of the first line containing {@code text}. */
    static int lineOf(Path file, String text) {
        return lineOf(file, text, 1);
    }

    /** 1-based number of the nth line containing {@code text}. */
    static int lineOf(Path file, String text, int nth) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            int seen = 0;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(text) && ++seen == nth) {
                    return i + 1;
                }
            }
            throw new IllegalArgumentException("'" + text + "' is not " + nth + " times in " + file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
