package vn.wardqms.service.acs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The stand-in's guards guard what the platform module's do: the lists of behaviour/qms-integrity.js, read from it. */
class RepositoryGuardsTest {
    private static final Path SCRIPT = Path.of(System.getProperty("basedir", ".")).toAbsolutePath()
            .resolve("../ward-qms-platform/src/main/resources/alfresco/module/ward-qms-platform/behaviour/qms-integrity.js").normalize();

    private static List<String> list(String script, String name) {
        Matcher m = Pattern.compile("var " + name + " = qms\\(\\[([^\\]]*)\\]\\)", Pattern.DOTALL).matcher(script);
        assertThat(m.find()).as(name + " in " + SCRIPT).isTrue();
        return Arrays.stream(m.group(1).split(",")).map(s -> s.trim().replace("\"", "")).filter(s -> !s.isEmpty()).toList();
    }

    @Test
    void theStandInGuardsExactlyWhatThePlatformModuleGuards() throws Exception {
        String script = Files.readString(SCRIPT, StandardCharsets.UTF_8);
        assertThat(RepositoryGuards.DOCUMENT).containsExactlyElementsOf(list(script, "DOCUMENT"));
        assertThat(RepositoryGuards.EXTERNAL_OWN).containsExactlyElementsOf(list(script, "EXTERNAL_OWN"));
        assertThat(RepositoryGuards.RETENTION).containsExactlyElementsOf(list(script, "RETENTION"));
        assertThat(RepositoryGuards.DECISION_CONTENT).containsExactlyElementsOf(list(script, "DECISION_CONTENT"));
        for (String link : RepositoryGuards.LINKS.keySet()) {
            assertThat(script).contains("LINKS[QMS + \"" + link.substring(4) + "\"] = {en: \"" + RepositoryGuards.LINKS.get(link) + "\"");
        }
    }
}
