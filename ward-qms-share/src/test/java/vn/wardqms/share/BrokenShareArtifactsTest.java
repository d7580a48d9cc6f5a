package vn.wardqms.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.wardqms.checks.BrokenCopy;
import vn.wardqms.checks.Problem;
import vn.wardqms.share.checks.Dictionary;
import vn.wardqms.share.checks.ShareChecks;

/**
 * A wrong name anywhere in the Share module fails with the file and line that is wrong. Each case breaks one copy of a
 * shipped file (or of the content model); the originals are never touched.
 */
class BrokenShareArtifactsTest {
    private static final Path SOURCES = ShareModule.sources();
    private static final ShareChecks.Files SHIPPED = ShareChecks.Files.in(SOURCES);

    @TempDir
    Path temp;

    private List<Problem> run(ShareChecks.Files files) {
        return run(files, ShareModule.dictionary());
    }

    private List<Problem> run(ShareChecks.Files files, Dictionary dictionary) {
        return ShareChecks.run(files, dictionary, ShareModule.processes(), ShipmentTest.reference()).problems();
    }

    private BrokenCopy breakConfig(String find, String replacement) {
        return BrokenCopy.of(SHIPPED.config(), temp.resolve("share-config-custom.xml"), find, replacement);
    }

    private static void assertAt(List<Problem> problems, BrokenCopy broken, String... words) {
        assertThat(problems).as("problems").anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(broken.file());
            assertThat(p.line()).isEqualTo(broken.line());
            assertThat(p.message()).contains(words);
        });
    }

    @Test
    void propertyInNoModelIsReportedAtItsLine() {
        BrokenCopy broken = breakConfig("<show id=\"qms:legalNumber\"/>\n                    <show id=\"qms:issuingAuthority\"/>\n                    <show id=\"qms:documentCode\"/>",
                "<show id=\"qms:legalNumbr\"/>\n                    <show id=\"qms:issuingAuthority\"/>\n                    <show id=\"qms:documentCode\"/>");
        assertAt(run(SHIPPED.withConfig(broken.file())), broken, "qms:legalNumbr", "neither the content nor the task model");
    }

    @Test
    void fieldOfAnotherClassWithoutForceIsReportedAtItsLine() {
        // qms:fileYear belongs to record files, not to records.
        BrokenCopy broken = breakConfig("<show id=\"qms:recordTypeCode\"/>\n                    <show id=\"cm:content\" force=\"true\"/>",
                "<show id=\"qms:fileYear\"/>\n                    <show id=\"cm:content\" force=\"true\"/>");
        assertAt(run(SHIPPED.withConfig(broken.file())), broken, "qms:fileYear", "not a property or association of qms:record");
    }

    @Test
    void taskFormOfUnknownTaskTypeIsReportedAtItsLine() {
        BrokenCopy broken = breakConfig("condition=\"qmswf:acknowledgeTask\"", "condition=\"qmswf:acknowledgTask\"");
        List<Problem> problems = run(SHIPPED.withConfig(broken.file()));
        assertAt(problems, broken, "qmswf:acknowledgTask", "not a task type");
        // ... and the task type left without a form is named at its line in the task model.
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(ShareModule.taskModel());
            assertThat(p.line()).isEqualTo(BrokenCopy.lineOf(ShareModule.taskModel(), "<type name=\"qmswf:acknowledgeTask\">"));
            assertThat(p.message()).contains("qmswf:acknowledgeTask has no task form");
        });
    }

    @Test
    void startFormOfUnknownProcessIsReportedAtItsLine() {
        BrokenCopy broken = breakConfig("condition=\"activiti$qmsWithdrawal\"", "condition=\"activiti$qmsWithdrawl\"");
        assertAt(run(SHIPPED.withConfig(broken.file())), broken, "activiti$qmsWithdrawl", "names no process");
    }

    @Test
    void elementOutsideShareStructureIsReportedAtItsLine() {
        BrokenCopy broken = breakConfig("<config evaluator=\"node-type\" condition=\"qms:auditEntry\">\n        <forms>\n            <form>\n                <field-visibility>",
                "<config evaluator=\"node-type\" condition=\"qms:auditEntry\">\n        <forms>\n            <form>\n                <field-visiblity>");
        // the misspelt element starts three lines below the config element the replacement begins on
        BrokenCopy at = new BrokenCopy(broken.file(), broken.line() + 3);
        BrokenCopy fixedEnd = BrokenCopy.of(broken.file(), temp.resolve("fixed/share-config-custom.xml"),
                "                </field-visibility>\n                <appearance>\n                    <set id=\"qms-audit\"",
                "                </field-visiblity>\n                <appearance>\n                    <set id=\"qms-audit\"");
        assertAt(run(SHIPPED.withConfig(fixedEnd.file())), new BrokenCopy(fixedEnd.file(), at.line()), "<field-visiblity>", "not part of Share's configuration");
    }

    @Test
    void xmlThatIsNotWellFormedIsReportedAtItsLine() {
        BrokenCopy broken = BrokenCopy.of(SHIPPED.extension(), temp.resolve("ward-qms-share.xml"),
                "<evaluator>wardqms.evaluator.stateDraft</evaluator>", "<evaluator>wardqms.evaluator.stateDraft</evaluatr>");
        assertAt(run(SHIPPED.withExtension(broken.file())), broken, "not well-formed XML");
    }

    @Test
    void replacingShareOwnConfigurationIsRefusedAtItsLine() {
        BrokenCopy broken = breakConfig("<config evaluator=\"string-compare\" condition=\"AdvancedSearch\">",
                "<config evaluator=\"string-compare\" condition=\"AdvancedSearch\" replace=\"true\">");
        assertAt(run(SHIPPED.withConfig(broken.file())), broken, "would discard Share's own AdvancedSearch configuration");
    }

    @Test
    void styledFieldThatIsNotShownIsReportedAtItsLine() {
        BrokenCopy broken = breakConfig("<field id=\"qms:auditDetail\" set=\"qms-audit\" read-only=\"true\">",
                "<field id=\"qms:auditDetails\" set=\"qms-audit\" read-only=\"true\">");
        assertAt(run(SHIPPED.withConfig(broken.file())), broken, "qms:auditDetails", "styled but not shown");
    }

    @Test
    void unknownControlTemplateAndParameterAreReportedAtTheirLines() {
        BrokenCopy template = breakConfig("<field id=\"qms:auditAt\" label-id=\"qms.search.auditAtRange\">\n                        <control template=\"/org/alfresco/components/form/controls/daterange.ftl\"/>",
                "<field id=\"qms:auditAt\" label-id=\"qms.search.auditAtRange\">\n                        <control template=\"/org/alfresco/components/form/controls/date-range.ftl\"/>");
        assertAt(run(SHIPPED.withConfig(template.file())), new BrokenCopy(template.file(), template.line() + 1), "date-range.ftl", "not one of Share's form controls");
    }

    @Test
    void ownControlThatIsNotShippedIsReportedAtItsLine() {
        BrokenCopy broken = breakConfig("<field id=\"qms:auditEvent\">\n                        <control template=\"/vn/wardqms/components/form/controls/search-select.ftl\">",
                "<field id=\"qms:auditEvent\">\n                        <control template=\"/vn/wardqms/components/form/controls/search-selection.ftl\">");
        assertAt(run(SHIPPED.withConfig(broken.file())), new BrokenCopy(broken.file(), broken.line() + 1), "search-selection.ftl", "not shipped");
    }

    @Test
    void searchOptionThatIsNotAnAllowedValueIsReportedAtItsLine() {
        BrokenCopy broken = breakConfig("|{qms.search.any},OPEN|{qms.option.fileState.OPEN},CLOSED|{qms.option.fileState.CLOSED}",
                "|{qms.search.any},OPEN|{qms.option.fileState.OPEN},SHUT|{qms.option.fileState.CLOSED}");
        List<Problem> problems = run(SHIPPED.withConfig(broken.file()));
        assertAt(problems, broken, "option SHUT is not an allowed value of qms:fileState");
        assertAt(problems, broken, "allowed value CLOSED of qms:fileState is missing");
    }

    @Test
    void outcomeButtonsOnTheWrongPropertyAreReported() {
        BrokenCopy broken = breakConfig("<show id=\"qmswf:acknowledgeOutcome\"/>", "<show id=\"transitions\"/>");
        List<Problem> problems = run(SHIPPED.withConfig(broken.file()));
        assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("qmswf:acknowledgeOutcome", "styled but not shown"));
        assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("task form of qmswf:acknowledgeTask must show its outcome qmswf:acknowledgeOutcome"));
    }

    @Test
    void rejectionWithoutTheCommentRuleIsReported() {
        BrokenCopy broken = breakConfig("condition=\"qmswf:approveTask\"", "condition=\"qmswf:approveTask\" ");
        BrokenCopy noRule = BrokenCopy.of(broken.file(), temp.resolve("norule/share-config-custom.xml"),
                "<show id=\"qmswf:approvalOutcome\"/>", "<show id=\"qmswf:approvalOutcome\"/><!-- -->");
        // remove the constraint from the approve task's comment only
        String text = read(noRule.file());
        int section = text.indexOf("condition=\"qmswf:approveTask\"");
        int constraint = text.indexOf("<constraint-handlers>", section);
        int end = text.indexOf("</constraint-handlers>", constraint) + "</constraint-handlers>".length();
        write(noRule.file(), text.substring(0, constraint) + text.substring(end));
        assertThat(run(SHIPPED.withConfig(noRule.file()))).anySatisfy(p ->
                assertThat(p.message()).contains("task form of qmswf:approveTask must require a comment for [Reject]"));
    }

    @Test
    void evaluatorWithAParentShareDoesNotDefineIsReportedAtItsLine() {
        BrokenCopy broken = BrokenCopy.of(SHIPPED.context(), temp.resolve("ward-qms-share-context.xml"),
                "<bean id=\"wardqms.evaluator.hasLegalHold\" parent=\"evaluator.doclib.action.hasAspect\">",
                "<bean id=\"wardqms.evaluator.hasLegalHold\" parent=\"evaluator.doclib.action.hasAspects\">");
        assertAt(run(SHIPPED.withContext(broken.file())), broken, "evaluator.doclib.action.hasAspects", "neither a bean of this context nor one of Share's");
    }

    @Test
    void evaluatorOnAnAspectInNoModelIsReportedAtItsLine() {
        BrokenCopy broken = BrokenCopy.of(SHIPPED.context(), temp.resolve("ward-qms-share-context.xml"),
                "<value>qms:legalHold</value>", "<value>qms:legalHolds</value>");
        assertAt(run(SHIPPED.withContext(broken.file())), broken, "aspect qms:legalHolds is in no model");
    }

    @Test
    void evaluatorReadingAPropertyInNoModelIsReportedAtItsLine() {
        BrokenCopy broken = BrokenCopy.of(SHIPPED.context(), temp.resolve("ward-qms-share-context.xml"),
                "<property name=\"accessor\" value=\"node.properties.qms:nextReviewDue.iso8601\"/>",
                "<property name=\"accessor\" value=\"node.properties.qms:nextReview.iso8601\"/>");
        assertAt(run(SHIPPED.withContext(broken.file())), broken, "qms:nextReview", "in no model");
    }

    @Test
    void stateEvaluatorComparingAValueTheStateNeverHasIsReportedAtItsLine() {
        BrokenCopy broken = BrokenCopy.of(SHIPPED.context(), temp.resolve("ward-qms-share-context.xml"),
                "<property name=\"value\" value=\"EFFECTIVE\"/>", "<property name=\"value\" value=\"IN_FORCE\"/>");
        assertAt(run(SHIPPED.withContext(broken.file())), broken, "IN_FORCE is not an allowed value of qms:lifecycleState");
    }

    @Test
    void indicatorNamingAnUndefinedEvaluatorIsReportedAtItsLine() {
        BrokenCopy broken = BrokenCopy.of(SHIPPED.extension(), temp.resolve("ward-qms-share.xml"),
                "<evaluator>wardqms.evaluator.hasLegalHold</evaluator>\n                        </indicator>",
                "<evaluator>wardqms.evaluator.onLegalHold</evaluator>\n                        </indicator>");
        assertAt(run(SHIPPED.withExtension(broken.file())), broken, "wardqms.evaluator.onLegalHold", "defined neither");
    }

    @Test
    void actionInAnUnknownGroupOrUndefinedIsReportedAtItsLine() {
        BrokenCopy group = BrokenCopy.of(SHIPPED.extension(), temp.resolve("g/ward-qms-share.xml"),
                "<actionGroup id=\"folder-details\">", "<actionGroup id=\"folder-detail\">");
        assertAt(run(SHIPPED.withExtension(group.file())), group, "folder-detail", "not one of Share's");
        BrokenCopy action = BrokenCopy.of(SHIPPED.extension(), temp.resolve("a/ward-qms-share.xml"),
                "<action index=\"540\" id=\"qms-release-hold\"/>\n                        </actionGroup>\n                        <actionGroup id=\"document-details\">",
                "<action index=\"540\" id=\"qms-release-holds\"/>\n                        </actionGroup>\n                        <actionGroup id=\"document-details\">");
        assertAt(run(SHIPPED.withExtension(action.file())), action, "qms-release-holds", "not defined");
    }

    @Test
    void missingVietnameseMessageIsReportedWhereTheKeyIsUsed() {
        BrokenCopy vi = BrokenCopy.of(SHIPPED.vietnamese(), temp.resolve("ward-qms-share_vi.properties"),
                "qms.indicator.legalHold=Đang tạm giữ pháp lý: tạm dừng xử lý\n", "");
        List<Problem> problems = run(SHIPPED.withVietnamese(vi.file()));
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(SHIPPED.extension());
            assertThat(p.line()).isEqualTo(BrokenCopy.lineOf(SHIPPED.extension(), "label=\"qms.indicator.legalHold\""));
            assertThat(p.message()).contains("qms.indicator.legalHold", "ward-qms-share_vi.properties");
        });
    }

    @Test
    void orphanMessageAndMojibakeAreReportedAtTheirLines() {
        BrokenCopy en = BrokenCopy.of(SHIPPED.english(), temp.resolve("ward-qms-share.properties"),
                "qms.search.yes=Yes\n", "qms.search.yes=Yes\nqms.search.maybe=Maybe\n");
        assertAt(run(SHIPPED.withEnglish(en.file())), new BrokenCopy(en.file(), en.line() + 1), "qms.search.maybe", "orphan");
        BrokenCopy vi = BrokenCopy.of(SHIPPED.vietnamese(), temp.resolve("ward-qms-share_vi.properties"),
                "qms.search.yes=Có", "qms.search.yes=CÃ³");
        assertAt(run(SHIPPED.withVietnamese(vi.file())), vi, "qms.search.yes", "UTF-8 decoded as ISO-8859-1");
    }

    @Test
    void aClassAddedToTheContentModelIsNamedUntilItHasItsForms() {
        BrokenCopy model = BrokenCopy.of(ShareModule.contentModel(), temp.resolve("qmsModel.xml"),
                "    </aspects>\n</model>",
                "        <aspect name=\"qms:signatureEvidence\">\n            <properties>\n                <property name=\"qms:signedBy\">\n"
                        + "                    <type>d:text</type>\n                </property>\n            </properties>\n        </aspect>\n    </aspects>\n</model>");
        Dictionary dictionary = Dictionary.of(model.file(), ShareModule.taskModel(), ShareModule.builtInModels());
        assertAt(run(SHIPPED, dictionary), model, "qms:signatureEvidence has no aspect form");
    }

    private static String read(Path p) {
        try {
            return java.nio.file.Files.readString(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void write(Path p, String s) {
        try {
            java.nio.file.Files.writeString(p, s);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
