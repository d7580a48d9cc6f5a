package vn.wardqms.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The README is for people: short, pointing to docs/ for the details; what people read speaks of the product, not of our work on it. */
class DocsTest {
    private static final Path ROOT = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().getParent();
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)#\\s]+)(#[^)]*)?\\)");

    private static List<Path> documents() throws IOException {
        List<Path> all = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(all::add);
        }
        return all;
    }

    @Test
    void theReadmeIsShort() throws IOException {
        assertThat(Files.size(ROOT.resolve("README.md"))).as("README.md in bytes").isLessThan(16 * 1024);
    }

    @Test
    void everyLinkBetweenTheDocumentsLeadsSomewhere() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path doc : documents()) {
            Matcher m = LINK.matcher(Files.readString(doc, StandardCharsets.UTF_8));
            while (m.find()) {
                String target = m.group(1);
                if (!target.startsWith("http://") && !target.startsWith("https://") && !Files.exists(doc.getParent().resolve(target).normalize())) {
                    broken.add(ROOT.relativize(doc) + " → " + target);
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void whatPeopleReadDoesNotSpeakOfIssuesOrWorkInProgress() throws IOException {
        List<String> found = new ArrayList<>();
        Pattern internal = Pattern.compile("(?i)\\bissue #?\\d+\\b|\\bin progress\\b|\\bTODO\\b");
        for (Path doc : documents()) {
            List<String> lines = Files.readAllLines(doc, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (internal.matcher(lines.get(i)).find()) {
                    found.add(ROOT.relativize(doc) + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        }
        assertThat(found).isEmpty();
    }
}
