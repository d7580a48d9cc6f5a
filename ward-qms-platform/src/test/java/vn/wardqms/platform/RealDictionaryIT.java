package vn.wardqms.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.wardqms.checks.BrokenCopy;
import vn.wardqms.checks.Problem;
import vn.wardqms.checks.RealDictionary;
import vn.wardqms.checks.SpringContextCheck;

/**
 * The models load in Alfresco's own dictionary code (../shared/tools/real-dictionary), after the built-in models and in
 * the order the module's bootstrap registers them — the only proof, short of a running ACS, that the repository will
 * start with them. A FAIL fails the build with the file and line.
 */
class RealDictionaryIT {
    @TempDir
    Path temp;

    @Test
    void everyShippedModelLoadsInTheRepositoryDictionary() throws IOException {
        List<Path> models;
        try (ModuleJar jar = ModuleJar.open()) {
            models = SpringContextCheck.check(jar.root(), PlatformModule.ID).models().stream()
                    .map(entry -> jar.extract(entry, temp)).toList();
        }
        Map<Path, RealDictionary.Verdict> verdicts = RealDictionary.load(models);
        verdicts.values().forEach(v -> System.out.println("real-dictionary: " + (v.ok() ? "OK " : "FAIL ") + v.model().getFileName() + " " + v.detail()));
        assertThat(RealDictionary.problems(verdicts)).isEmpty();
        assertThat(verdicts.values()).allSatisfy(v -> assertThat(v.ok()).isTrue());
    }

    @Test
    void unknownParentTypeIsRefusedAtItsLine() {
        BrokenCopy broken = breakModel("<parent>cm:folder</parent>", "<parent>cm:foldr</parent>");
        assertRefusedAt(broken, broken.line(), "parent_not_found");
    }

    @Test
    void elementsOutOfParserOrderAreRefusedAtTheirLine() {
        // The XSD and the JiBX binding both want <properties> before <mandatory-aspects>.
        BrokenCopy broken = breakModel("<parent>qms:controlledDocument</parent>\n            <properties>",
                "<parent>qms:controlledDocument</parent>\n            <mandatory-aspects><aspect>cm:titled</aspect></mandatory-aspects>\n            <properties>");
        assertRefusedAt(broken, broken.line() + 2, "JiBXException");
    }

    @Test
    void unresolvedConstraintReferenceIsRefusedAtItsLine() {
        BrokenCopy broken = breakModel("<constraint ref=\"qms:fileYearRange\"/>", "<constraint ref=\"qms:fileYearRanges\"/>");
        assertRefusedAt(broken, broken.line(), "qms:fileYearRanges");
    }

    @Test
    void associationToAnUnknownClassIsRefusedAtItsLine() {
        BrokenCopy broken = breakModel("<class>qms:externalDocument</class>", "<class>qms:externalDoc</class>");
        assertRefusedAt(broken, broken.line(), "qms:externalDoc");
    }

    @Test
    void taskModelLoadsOnlyAfterTheModelsItExtendsAndABrokenOneIsLocated() {
        Path taskModel = PlatformModule.moduleDir(PlatformModule.sources()).resolve("model/qmsWorkflowModel.xml");
        BrokenCopy broken = BrokenCopy.of(taskModel, temp.resolve("qmsWorkflowModel.xml"),
                "<parent>bpm:startTask</parent>\n            <mandatory-aspects>\n                <aspect>qmswf:withdrawalDetails</aspect>",
                "<parent>bpm:startTsk</parent>\n            <mandatory-aspects>\n                <aspect>qmswf:withdrawalDetails</aspect>");
        List<Problem> problems = RealDictionary.problems(RealDictionary.load(List.of(PlatformModule.model(PlatformModule.sources()), broken.file())));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(broken.file().toAbsolutePath().normalize());
            assertThat(p.line()).isEqualTo(broken.line());
            assertThat(p.message()).contains("parent_not_found", "bpm:startTsk");
        });
    }

    private BrokenCopy breakModel(String find, String replacement) {
        return BrokenCopy.of(PlatformModule.model(PlatformModule.sources()), temp.resolve("qmsModel.xml"), find, replacement);
    }

    private static void assertRefusedAt(BrokenCopy broken, int line, String reason) {
        List<Problem> problems = RealDictionary.problems(RealDictionary.load(List.of(broken.file())));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(broken.file().toAbsolutePath().normalize());
            assertThat(p.line()).as(p.toString()).isEqualTo(line);
            assertThat(p.message()).contains(reason);
        });
    }
}
