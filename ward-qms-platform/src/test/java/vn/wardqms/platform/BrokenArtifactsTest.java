package vn.wardqms.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.wardqms.checks.BrokenCopy;
import vn.wardqms.checks.LabelBundleCheck;
import vn.wardqms.checks.ModelFacts;
import vn.wardqms.checks.ModelSchemaCheck;
import vn.wardqms.checks.ModulePropertiesCheck;
import vn.wardqms.checks.Problem;
import vn.wardqms.checks.SharedContracts;
import vn.wardqms.checks.SpringContextCheck;

/**
 * A broken model, label bundle, context or module.properties fails with the file and line that is wrong. Each case
 * breaks one copy of a shipped file; the originals are never touched.
 */
class BrokenArtifactsTest {
    private static final String MODULE = "alfresco/module/ward-qms-platform/";

    @TempDir
    Path temp;

    @Test
    void modelElementUnknownToTheSchemaIsReportedAtItsLine() {
        BrokenCopy broken = BrokenCopy.of(PlatformModule.model(PlatformModule.sources()), temp.resolve("qmsModel.xml"),
                "<parent>cm:folder</parent>", "<parentType>cm:folder</parentType>");
        List<Problem> problems = new ModelSchemaCheck(SharedContracts.modelSchema()).check(broken.file());
        assertThat(problems).isNotEmpty().allSatisfy(p -> assertAt(p, broken.file(), broken.line()));
        assertThat(problems.get(0).message()).contains("parentType");
    }

    @Test
    void missingVietnameseLabelPointsAtTheModelItemThatNeedsIt() {
        Path root = PlatformModule.sources();
        BrokenCopy vi = BrokenCopy.of(PlatformModule.vietnameseLabels(root), temp.resolve("qms-model_vi.properties"),
                "listconstraint.qms_fileStates.CLOSED=Đã đóng\n", "");
        ModelFacts model = ModelFacts.read(PlatformModule.model(root));
        List<Problem> problems = LabelBundleCheck.check(model, PlatformModule.englishLabels(root), vi.file());
        assertThat(problems).singleElement().satisfies(p -> {
            assertAt(p, model.file(), BrokenCopy.lineOf(model.file(), "<constraint name=\"qms:fileStates\""));
            assertThat(p.message()).contains("no Vietnamese label", "listconstraint.qms_fileStates.CLOSED", "qms-model_vi.properties");
        });
    }

    @Test
    void orphanEnglishKeyIsReportedAtItsLine() {
        Path root = PlatformModule.sources();
        BrokenCopy en = BrokenCopy.of(PlatformModule.englishLabels(root), temp.resolve("qms-model.properties"),
                "listconstraint.qms_fileStates.OPEN=Open\n",
                "listconstraint.qms_fileStates.OPEN=Open\nqms_qmsModel.property.qms_fileColour.title=Colour\n");
        List<Problem> problems = LabelBundleCheck.check(ModelFacts.read(PlatformModule.model(root)), en.file(),
                PlatformModule.vietnameseLabels(root));
        assertThat(problems).singleElement().satisfies(p -> {
            assertAt(p, en.file(), en.line() + 1);
            assertThat(p.message()).contains("orphan key qms_qmsModel.property.qms_fileColour.title");
        });
    }

    @Test
    void vietnameseSavedInTheWrongEncodingIsCaught() throws IOException {
        Path root = PlatformModule.sources();
        // "Đang mở" written as UTF-8 but read back as Windows-1252: the classic mojibake of a wrong editor setting.
        String mojibake = new String("Đang mở".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        BrokenCopy vi = BrokenCopy.of(PlatformModule.vietnameseLabels(root), temp.resolve("qms-model_vi.properties"),
                "listconstraint.qms_fileStates.OPEN=Đang mở", "listconstraint.qms_fileStates.OPEN=" + mojibake);
        List<Problem> problems = LabelBundleCheck.check(ModelFacts.read(PlatformModule.model(root)),
                PlatformModule.englishLabels(root), vi.file());
        assertThat(problems).singleElement().satisfies(p -> {
            assertAt(p, vi.file(), vi.line());
            assertThat(p.message()).contains("double-encoded");
        });

        // Bytes that are not UTF-8 at all (a Latin-1 "é") are reported on their line, not replaced silently.
        byte[] bytes = Files.readAllBytes(PlatformModule.vietnameseLabels(root));
        Path latin1 = temp.resolve("latin1/qms-model_vi.properties");
        Files.createDirectories(latin1.getParent());
        Files.write(latin1, concat(bytes, "qms_qmsModel.description=caf\u00e9".getBytes(StandardCharsets.ISO_8859_1)));
        List<Problem> encoding = LabelBundleCheck.check(ModelFacts.read(PlatformModule.model(root)),
                PlatformModule.englishLabels(root), latin1);
        int lastLine = (int) new String(bytes, StandardCharsets.UTF_8).lines().count() + 1;
        assertThat(encoding).anySatisfy(p -> {
            assertAt(p, latin1, lastLine);
            assertThat(p.message()).contains("not valid UTF-8");
        });
    }

    @Test
    void decomposedDiacriticsAreReported() {
        Path root = PlatformModule.sources();
        String nfd = Normalizer.normalize("Mã hiệu", Normalizer.Form.NFD);
        BrokenCopy vi = BrokenCopy.of(PlatformModule.vietnameseLabels(root), temp.resolve("qms-model_vi.properties"),
                "qms_qmsModel.property.qms_documentCode.title=Mã hiệu", "qms_qmsModel.property.qms_documentCode.title=" + nfd);
        List<Problem> problems = LabelBundleCheck.check(ModelFacts.read(PlatformModule.model(root)),
                PlatformModule.englishLabels(root), vi.file());
        assertThat(problems).singleElement().satisfies(p -> {
            assertAt(p, vi.file(), vi.line());
            assertThat(p.message()).contains("NFC");
        });
    }

    @Test
    void contextNamingAModelThatIsNotShippedIsReportedAtTheValue() {
        Path root = copyOfBuiltModule();
        Path context = root.resolve(MODULE + "context/bootstrap-context.xml");
        BrokenCopy broken = BrokenCopy.of(context, context, "model/qmsModel.xml", "model/qmsModels.xml");
        List<Problem> problems = SpringContextCheck.check(root, PlatformModule.ID).problems();
        assertThat(problems).anySatisfy(p -> {
            assertAt(p, context, broken.line());
            assertThat(p.message()).contains("model alfresco/module/ward-qms-platform/model/qmsModels.xml is not in the module");
        });
        // ... and the model that is shipped is now loaded by nobody.
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.file().toString()).endsWith("model/qmsModel.xml");
            assertThat(p.message()).contains("registered by no bean");
        });
    }

    @Test
    void beanExtendingAnUnknownParentIsReportedAtTheBean() {
        Path root = copyOfBuiltModule();
        Path context = root.resolve(MODULE + "context/bootstrap-context.xml");
        BrokenCopy broken = BrokenCopy.of(context, context, "parent=\"dictionaryModelBootstrap\"", "parent=\"dictionaryModelBootstrapp\"");
        List<Problem> problems = SpringContextCheck.check(root, PlatformModule.ID).problems();
        assertThat(problems).anySatisfy(p -> {
            assertAt(p, context, broken.line());
            assertThat(p.message()).contains("'dictionaryModelBootstrapp', which neither this module nor the repository defines");
        });
    }

    @Test
    void malformedContextIsReportedWithSpringsLine() {
        Path root = copyOfBuiltModule();
        Path context = root.resolve(MODULE + "context/bootstrap-context.xml");
        BrokenCopy.of(context, context, "    </bean>\n", "");
        List<Problem> problems = SpringContextCheck.check(root, PlatformModule.ID).problems();
        int beansEnd = BrokenCopy.lineOf(context, "</beans>");
        assertThat(problems).anySatisfy(p -> {
            assertAt(p, context, beansEnd);
            assertThat(p.message()).contains("not valid Spring bean XML");
        });
    }

    @Test
    void workflowDefinitionOrRuleClassThatIsNotShippedIsReportedAtItsLine() {
        Path root = copyOfBuiltModule();
        Path context = root.resolve(MODULE + "context/workflow-context.xml");
        BrokenCopy location = BrokenCopy.of(context, context, "workflow/qms-withdrawal.bpmn20.xml", "workflow/qms-withdrawl.bpmn20.xml");
        assertThat(SpringContextCheck.check(root, PlatformModule.ID).problems()).anySatisfy(p -> {
            assertAt(p, context, location.line());
            assertThat(p.message()).contains("workflow definition alfresco/module/ward-qms-platform/workflow/qms-withdrawl.bpmn20.xml is not in the module");
        });
        BrokenCopy rules = BrokenCopy.of(context, context, "vn.wardqms.platform.workflow.TaskRulesListener", "vn.wardqms.platform.workflow.TaskRules");
        assertThat(SpringContextCheck.check(root, PlatformModule.ID).problems()).anySatisfy(p -> {
            assertAt(p, context, rules.line());
            assertThat(p.message()).contains("class vn.wardqms.platform.workflow.TaskRules is not in the module");
        });
        BrokenCopy registry = BrokenCopy.of(context, context, "ref=\"activitiBeanRegistry\"", "ref=\"activitiBeans\"");
        assertThat(SpringContextCheck.check(root, PlatformModule.ID).problems()).anySatisfy(p -> {
            assertAt(p, context, registry.line());
            assertThat(p.message()).contains("refers to 'activitiBeans', which neither this module nor the repository defines");
        });
    }

    @Test
    void behaviourRegistrationThatWouldBindNothingIsReportedAtItsLine() {
        Path root = copyOfBuiltModule();
        Path context = root.resolve(MODULE + "context/behaviour-context.xml");
        // A prefixed name is read by QName.createQName(String) as a name without namespace: the class does not exist.
        BrokenCopy prefixed = BrokenCopy.of(context, context, "value=\"{http://wardqms.vn/model/qms/1.0}controlled\"", "value=\"qms:controlled\"");
        assertThat(SpringContextCheck.check(root, PlatformModule.ID).problems()).anySatisfy(p -> {
            assertAt(p, context, prefixed.line());
            assertThat(p.message()).contains("className 'qms:controlled' is not a full QName");
        });
        BrokenCopy policy = BrokenCopy.of(context, context, "}onAddAspect", "}onAspectAdded");
        assertThat(SpringContextCheck.check(root, PlatformModule.ID).problems()).anySatisfy(p -> {
            assertAt(p, context, policy.line());
            assertThat(p.message()).contains("policy {http://www.alfresco.org}onAspectAdded is not one of");
        });
        BrokenCopy script = BrokenCopy.of(context, context, "behaviour/qms-draft-privacy.js", "behaviour/qms-draft.js");
        assertThat(SpringContextCheck.check(root, PlatformModule.ID).problems()).anySatisfy(p -> {
            assertAt(p, context, script.line());
            assertThat(p.message()).contains("resource alfresco/module/ward-qms-platform/behaviour/qms-draft.js is not in the module");
        });
        BrokenCopy unknownClass = BrokenCopy.of(context, context, "class=\"org.alfresco.repo.jscript.ScriptBehaviour\"", "class=\"org.alfresco.repo.jscript.JavaScriptBehaviour\"");
        assertThat(SpringContextCheck.check(root, PlatformModule.ID).problems()).anySatisfy(p -> {
            assertAt(p, context, unknownClass.line());
            assertThat(p.message()).contains("class org.alfresco.repo.jscript.JavaScriptBehaviour is neither the module's, Spring's nor a repository class");
        });
        BrokenCopy innerParent = BrokenCopy.of(context, context, "parent=\"scriptBehaviour\"", "parent=\"javascriptBehaviour\"");
        assertThat(SpringContextCheck.check(root, PlatformModule.ID).problems()).anySatisfy(p -> {
            assertAt(p, context, innerParent.line());
            assertThat(p.message()).contains("extends 'javascriptBehaviour', which neither this module nor the repository defines");
        });
    }

    @Test
    void recordsBehaviourThatWouldNeverFireOrBindNothingIsReportedAtItsLine() {
        Path root = copyOfBuiltModule();
        Path context = root.resolve(MODULE + "context/records-behaviour-context.xml");
        // onCreateChildAssociation is an association policy: bound as a class policy it would never fire.
        BrokenCopy kind = BrokenCopy.of(context, context,
                "class=\"org.alfresco.repo.policy.registration.AssociationPolicyRegistration\"",
                "class=\"org.alfresco.repo.policy.registration.ClassPolicyRegistration\"");
        assertThat(SpringContextCheck.check(root, PlatformModule.ID).problems()).anySatisfy(p -> {
            assertAt(p, context, kind.line() + 2);
            assertThat(p.message()).contains("policy {http://www.alfresco.org}onCreateChildAssociation must be bound with "
                    + "AssociationPolicyRegistration, not ClassPolicyRegistration");
        });
        BrokenCopy unknownClass = BrokenCopy.of(context, context, "value=\"{http://wardqms.vn/model/qms/1.0}auditEntry\"",
                "value=\"{http://wardqms.vn/model/qms/1.0}auditLog\"");
        assertThat(SpringContextCheck.check(root, PlatformModule.ID).problems()).anySatisfy(p -> {
            assertAt(p, context, unknownClass.line());
            assertThat(p.message()).contains("class {http://wardqms.vn/model/qms/1.0}auditLog is not declared in");
        });
        BrokenCopy listedPolicy = BrokenCopy.of(context, context, "<value>{http://www.alfresco.org}onContentUpdate</value>",
                "<value>{http://www.alfresco.org}onContentUpdated</value>");
        assertThat(SpringContextCheck.check(root, PlatformModule.ID).problems()).anySatisfy(p ->
                assertThat(p.message()).contains("policy {http://www.alfresco.org}onContentUpdated is not one of"));
        assertThat(listedPolicy.line()).isPositive();
        BrokenCopy script = BrokenCopy.of(context, context, "behaviour/qms-legal-hold-released.js", "behaviour/qms-legal-hold-released.jss");
        assertThat(SpringContextCheck.check(root, PlatformModule.ID).problems()).anySatisfy(p -> {
            assertAt(p, context, script.line());
            assertThat(p.message()).contains("resource alfresco/module/ward-qms-platform/behaviour/qms-legal-hold-released.jss is not in the module");
        }).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(root.resolve(MODULE + "behaviour/qms-legal-hold-released.js"));
            assertThat(p.message()).contains("shipped but bound by no behaviour");
        });
    }

    @Test
    void importOfAMissingContextIsReportedAtTheImport() {
        Path root = copyOfBuiltModule();
        Path context = root.resolve(MODULE + "module-context.xml");
        BrokenCopy broken = BrokenCopy.of(context, context, "context/bootstrap-context.xml", "context/bootstrap.xml");
        List<Problem> problems = SpringContextCheck.check(root, PlatformModule.ID).problems();
        assertThat(problems).anySatisfy(p -> {
            assertAt(p, context, broken.line());
            assertThat(p.message()).contains("imports classpath:alfresco/module/ward-qms-platform/context/bootstrap.xml");
        });
    }

    @Test
    void modulePropertiesWithoutVersionOrWithBadIdOrRangeAreRefused() {
        Path root = copyOfBuiltModule();
        Path props = root.resolve(MODULE + "module.properties");
        String original = read(props);
        String version = original.lines().filter(l -> l.startsWith("module.version=")).findFirst().orElseThrow();

        BrokenCopy.of(props, props, version + "\n", "");
        assertThat(ModulePropertiesCheck.check(root, PlatformModule.ID)).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("required key module.version is missing"));

        write(props, original);
        BrokenCopy badId = BrokenCopy.of(props, props, "module.id=ward-qms-platform", "module.id=ward qms platform");
        assertThat(ModulePropertiesCheck.check(root, PlatformModule.ID)).anySatisfy(p -> {
            assertAt(p, props, badId.line());
            assertThat(p.message()).contains("may only hold letters, digits");
        });

        write(props, original);
        String max = original.lines().filter(l -> l.startsWith("module.repo.version.max=")).findFirst().orElseThrow();
        BrokenCopy badRange = BrokenCopy.of(props, props, max, "module.repo.version.max=7.4.0");
        assertThat(ModulePropertiesCheck.check(root, PlatformModule.ID)).singleElement().satisfies(p -> {
            assertAt(p, props, badRange.line());
            assertThat(p.message()).contains("lower than module.repo.version.min");
        });
    }

    private Path copyOfBuiltModule() {
        Path root = temp.resolve("module");
        BrokenCopy.copyTree(PlatformModule.classes().resolve("alfresco"), root.resolve("alfresco"));
        return root;
    }

    private static void assertAt(Problem problem, Path file, int line) {
        assertThat(problem.file().toAbsolutePath().normalize()).as(problem.toString()).isEqualTo(file.toAbsolutePath().normalize());
        assertThat(problem.line()).as(problem.toString()).isEqualTo(line);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
