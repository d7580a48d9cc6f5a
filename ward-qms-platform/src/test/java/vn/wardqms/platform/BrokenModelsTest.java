package vn.wardqms.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.wardqms.checks.BrokenCopy;
import vn.wardqms.checks.Problem;
import vn.wardqms.checks.SharedContracts;
import vn.wardqms.checks.model.ModelChecker;

/**
 * Copies of the shipped content model, each with one defect of a kind the repository refuses at start-up (or accepts
 * and then gets wrong), fail in our model checker at the line of the defect, naming what is wrong.
 */
class BrokenModelsTest {
    @TempDir
    Path temp;

    /** One defect: the text replaced, its replacement, the line offset of the defect from the replaced text, the reason. */
    record Defect(String find, String replacement, int lineOffset, String... reason) {
    }

    static Stream<Arguments> defects() {
        return Stream.of(
                defect("an attribute the XSD does not allow", "<type name=\"qms:controlledDocument\">",
                        "<type name=\"qms:controlledDocument\" archived=\"true\">", 0, "modelSchema.xsd", "archived"),
                defect("an element out of the parser's order", "<parent>qms:controlledDocument</parent>\n            <properties>",
                        "<parent>qms:controlledDocument</parent>\n            <mandatory-aspects><aspect>cm:titled</aspect></mandatory-aspects>\n            <properties>",
                        2, "<properties> is out of order", "mandatory-aspects"),
                defect("an element the parser does not read", "<property name=\"qms:legalNumber\">\n                    <type>d:text</type>",
                        "<property name=\"qms:legalNumber\">\n                    <type>d:text</type>\n                    <encrypted>false</encrypted>",
                        2, "<encrypted> is not read by the parser"),
                defect("a Boolean the parser reads as false", "<many>true</many>\n                    </source>\n                    <target>\n                        <class>qms:externalDocument</class>",
                        "<many>yes</many>\n                    </source>\n                    <target>\n                        <class>qms:externalDocument</class>",
                        0, "'yes'", "true or false"),
                defect("an undeclared namespace prefix", "<parent>cm:folder</parent>", "<parent>xx:folder</parent>", 0,
                        "prefix 'xx' is not declared", "xx:folder"),
                defect("a prefix of a namespace the model does not import", "<aspect>qms:retention</aspect>\n                <aspect>qms:ownedByUnit</aspect>\n                <aspect>cm:titled</aspect>\n            </mandatory-aspects>\n        </type>\n\n        <!-- Hồ sơ",
                        "<aspect>sys:temporary</aspect>\n                <aspect>qms:ownedByUnit</aspect>\n                <aspect>cm:titled</aspect>\n            </mandatory-aspects>\n        </type>\n\n        <!-- Hồ sơ",
                        0, "prefix 'sys' is not declared", "import"),
                defect("an unknown parent type", "<parent>cm:folder</parent>", "<parent>cm:foldr</parent>", 0,
                        "parent cm:foldr", "not a type or aspect"),
                defect("a type whose parent is an aspect", "<parent>cm:folder</parent>", "<parent>cm:titled</parent>", 0,
                        "cm:titled", "is an aspect"),
                defect("an unknown mandatory aspect", "<aspect>cm:versionable</aspect>", "<aspect>cm:versionabel</aspect>", 0,
                        "mandatory aspect cm:versionabel", "not an aspect"),
                defect("a mandatory aspect that is a type", "<aspect>cm:versionable</aspect>", "<aspect>cm:folder</aspect>", 0,
                        "mandatory aspect cm:folder", "is a type, not an aspect"),
                defect("an unknown data type", "<type>d:int</type>\n                    <mandatory>true</mandatory>\n                    <index enabled=\"true\">\n                        <facetable>true</facetable>\n                    </index>\n                    <constraints>\n                        <constraint ref=\"qms:fileYearRange\"/>",
                        "<type>d:integer</type>\n                    <mandatory>true</mandatory>\n                    <index enabled=\"true\">\n                        <facetable>true</facetable>\n                    </index>\n                    <constraints>\n                        <constraint ref=\"qms:fileYearRange\"/>",
                        0, "qms:fileYear", "unknown data type d:integer"),
                defect("a constraint ref that does not resolve", "<constraint ref=\"qms:fileYearRange\"/>", "<constraint ref=\"qms:fileYearRanges\"/>", 0,
                        "qms:fileYearRanges", "does not resolve"),
                defect("an association target that does not resolve", "<class>qms:externalDocument</class>", "<class>qms:externalDoc</class>", 0,
                        "qms:externalDoc", "association qms:basedOn"),
                defect("a property defined twice in the model", "<property name=\"qms:fileCreator\">", "<property name=\"qms:legalNumber\">", 0,
                        "qms:legalNumber", "already defined by qms:externalDocument"),
                defect("a property a loaded model already defines", "<property name=\"qms:legalNumber\">", "<property name=\"cm:title\">", 0,
                        "cm:title", "already defined by cm:titled of the model cm:contentmodel"),
                defect("an association defined twice", "<association name=\"qms:amends\">", "<association name=\"qms:basedOn\">", 0,
                        "qms:basedOn", "defined twice"),
                defect("a REGEX that does not compile", "<parameter name=\"expression\"><value>^\\S(.{0,48}\\S)?$</value></parameter>",
                        "<parameter name=\"expression\"><value>^\\S(.{0,48}\\S?$</value></parameter>", 0,
                        "qms:fileCodeFormat", "does not compile"),
                defect("a MINMAX whose minimum is above its maximum", "<parameter name=\"minValue\"><value>1945</value></parameter>\n            <parameter name=\"maxValue\"><value>2100</value></parameter>",
                        "<parameter name=\"minValue\"><value>2200</value></parameter>\n            <parameter name=\"maxValue\"><value>2100</value></parameter>", 1,
                        "qms:fileYearRange", "maxValue 2100 is below minValue"),
                defect("a MINMAX bound that is not a number", "<parameter name=\"minValue\"><value>1945</value></parameter>",
                        "<parameter name=\"minValue\"><value>năm 1945</value></parameter>", 0, "qms:fileYearRange", "'năm 1945' is not a number"),
                defect("a LIST with no values", "<parameter name=\"allowedValues\">\n                <list>\n                    <value>MANUAL</value>",
                        "<parameter name=\"allowedValues\">\n                <list>\n                </list>\n            </parameter>\n        </constraint>\n        <constraint name=\"qms:documentKindsUnused\" type=\"LIST\">\n            <parameter name=\"allowedValues\">\n                <list>\n                    <value>MANUAL</value>",
                        0, "qms:documentKinds", "at least one allowed value"),
                defect("an override of a property the parent does not have", "            </associations>\n            <mandatory-aspects>\n                <aspect>qms:controlled</aspect>",
                        "            </associations>\n            <overrides>\n                <property name=\"qms:fileYear\"><default>2026</default></property>\n            </overrides>\n            <mandatory-aspects>\n                <aspect>qms:controlled</aspect>",
                        2, "overrides qms:fileYear", "parent cm:content does not have"),
                defect("an override of a property no model has", "            </associations>\n            <mandatory-aspects>\n                <aspect>qms:controlled</aspect>",
                        "            </associations>\n            <overrides>\n                <property name=\"cm:nameless\"><default>x</default></property>\n            </overrides>\n            <mandatory-aspects>\n                <aspect>qms:controlled</aspect>",
                        2, "overrides cm:nameless", "not a property"),
                defect("a default value its own constraint refuses", "<default>OPEN</default>", "<default>OPENED</default>", 0,
                        "qms:fileState", "breaks its own constraint", "'OPENED' is not one of"));
    }

    private static Arguments defect(String name, String find, String replacement, int lineOffset, String... reason) {
        return Arguments.of(Named.of(name, new Defect(find, replacement, lineOffset, reason)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("defects")
    void aBrokenCopyFailsAtTheLineOfItsDefect(Defect defect) {
        BrokenCopy broken = BrokenCopy.of(PlatformModule.model(PlatformModule.sources()), temp.resolve("qmsModel.xml"),
                defect.find(), defect.replacement());
        ModelChecker.Verdict verdict = checker().check(broken.file());
        assertThat(verdict.ok()).as("a broken copy must FAIL").isFalse();
        assertThat(verdict.problems()).as(verdict.lines().toString())
                .anySatisfy(p -> {
                    assertThat(p.line()).isEqualTo(broken.line() + defect.lineOffset());
                    assertThat(p.message()).contains(defect.reason());
                });
        assertThat(verdict.lines()).allSatisfy(line -> assertThat(line).startsWith("FAIL " + broken.file() + ":"));
    }

    @Test
    void theShippedModelsAreOkWithTheirCounts() {
        List<ModelChecker.Verdict> verdicts = checker().checkAll(List.of(PlatformModule.model(PlatformModule.sources()), taskModel()));
        assertThat(verdicts).extracting(v -> v.lines().get(0)).containsExactly(
                "OK " + PlatformModule.model(PlatformModule.sources()) + " (qms:qmsModel): 7 types, 10 aspects, 85 properties",
                "OK " + taskModel() + " (qmswf:workflowModel): 11 types, 3 aspects, 10 properties");
    }

    @Test
    void theTaskModelLoadsOnlyAfterTheModelsItExtendsAndABrokenOneIsLocated() {
        BrokenCopy broken = BrokenCopy.of(taskModel(), temp.resolve("qmsWorkflowModel.xml"),
                "<parent>bpm:startTask</parent>\n            <mandatory-aspects>\n                <aspect>qmswf:withdrawalDetails</aspect>",
                "<parent>bpm:startTsk</parent>\n            <mandatory-aspects>\n                <aspect>qmswf:withdrawalDetails</aspect>");
        List<ModelChecker.Verdict> verdicts = checker().checkAll(List.of(PlatformModule.model(PlatformModule.sources()), broken.file()));
        assertThat(verdicts.get(0).ok()).isTrue();
        assertThat(verdicts.get(1).problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(broken.line());
            assertThat(p.message()).contains("bpm:startTsk", "not a type or aspect");
        });
    }

    @Test
    void aModelThatFailsIsNotLoadedSoTheModelsAfterItCannotUseIt() throws java.io.IOException {
        BrokenCopy broken = BrokenCopy.of(PlatformModule.model(PlatformModule.sources()), temp.resolve("qmsModel.xml"),
                "<parent>cm:folder</parent>", "<parent>cm:foldr</parent>");
        Path extension = temp.resolve("extensionModel.xml");
        java.nio.file.Files.writeString(extension, """
                <model name="ext:extension" xmlns="http://www.alfresco.org/model/dictionary/1.0">
                    <imports>
                        <import uri="http://wardqms.vn/model/qms/1.0" prefix="qms"/>
                    </imports>
                    <namespaces>
                        <namespace uri="http://example.org/model/extension/1.0" prefix="ext"/>
                    </namespaces>
                    <types>
                        <type name="ext:localProcedure">
                            <parent>qms:controlledDocument</parent>
                        </type>
                    </types>
                </model>
                """);
        List<ModelChecker.Verdict> verdicts = checker().checkAll(List.of(broken.file(), extension));
        assertThat(verdicts.get(0).ok()).isFalse();
        assertThat(verdicts.get(1).lines()).contains(
                "FAIL " + extension + ":3 | import of http://wardqms.vn/model/qms/1.0 (prefix qms): no loaded model defines that namespace; "
                        + "load the model that declares it first");
        assertThat(checker().checkAll(List.of(PlatformModule.model(PlatformModule.sources()), extension)).get(1).lines())
                .containsExactly("OK " + extension + " (ext:extension): 1 types, 0 aspects, 0 properties");
    }

    @Test
    void loadingTheSameModelTwiceIsRefusedAtItsName() {
        List<ModelChecker.Verdict> verdicts = checker().checkAll(List.of(PlatformModule.model(PlatformModule.sources()),
                PlatformModule.model(PlatformModule.sources())));
        List<Problem> problems = verdicts.get(1).problems();
        assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("namespace http://wardqms.vn/model/qms/1.0 is already defined"));
        assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("qms:qmsModel is already loaded"));
    }

    private static ModelChecker checker() {
        return ModelChecker.withBuiltIns(SharedContracts.dir().resolve("alfresco"));
    }

    private static Path taskModel() {
        return PlatformModule.moduleDir(PlatformModule.sources()).resolve("model/qmsWorkflowModel.xml");
    }
}
