package vn.wardqms.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.wardqms.checks.ModelFacts;
import vn.wardqms.checks.ModelFacts.ClassFact;
import vn.wardqms.checks.ModelFacts.PropertyFact;
import vn.wardqms.checks.ModelSchemaCheck;
import vn.wardqms.checks.SharedContracts;

/** The qms model says what clause 7.5 of the quality manual needs, in a form the repository accepts. */
class QmsModelTest {
    private static ModelFacts model;

    @BeforeAll
    static void read() {
        model = ModelFacts.read(PlatformModule.model(PlatformModule.sources()));
    }

    @Test
    void validatesAgainstTheRepositoryModelSchema() {
        assertThat(new ModelSchemaCheck(SharedContracts.modelSchema()).check(model.file())).isEmpty();
    }

    @Test
    void declaresOnlyTheQmsNamespace() {
        assertThat(model.name()).isEqualTo("qms:qmsModel");
        assertThat(model.namespaces()).containsOnlyKeys("qms");
        assertThat(model.classes()).allSatisfy(c -> assertThat(c.name()).startsWith("qms:"));
        assertThat(model.properties()).allSatisfy(p -> assertThat(p.name()).startsWith("qms:"));
    }

    @Test
    void controlledDocumentsAreVersionedAndCarryTheirIdentification() {
        ClassFact doc = model.classNamed("qms:controlledDocument").orElseThrow();
        assertThat(doc.parent()).isEqualTo("cm:content");
        assertThat(doc.mandatoryAspects()).contains("qms:controlled", "cm:versionable", "cm:titled");
        assertThat(names(model.classNamed("qms:controlled").orElseThrow().properties())).contains(
                "qms:documentCode", "qms:documentKind", "qms:issueNumber", "qms:revision", "qms:issueDate",
                "qms:effectiveDate", "qms:lifecycleState");
        // Owner unit comes with every controlled document, record and record file.
        assertThat(model.classNamed("qms:controlled").orElseThrow().mandatoryAspects()).contains("qms:ownedByUnit");
        assertThat(doc.associations()).extracting(a -> a.name() + " -> " + a.targetClass() + (a.targetMany() ? " (many)" : ""))
                .containsExactly("qms:basedOn -> qms:externalDocument (many)", "qms:amends -> qms:controlledDocument",
                        "qms:formOf -> qms:controlledDocument", "qms:issuedCopy -> cm:content");
        assertThat(model.classNamed("qms:externalDocument").orElseThrow().parent()).isEqualTo("qms:controlledDocument");
        // The service keys the issue's version and its amendment record on these.
        assertThat(model.property("qms:issueVersionLabel").orElseThrow().tokenised()).isEqualTo("false");
        assertThat(names(model.classNamed("qms:approval").orElseThrow().properties())).contains("qms:changeSummary", "qms:changeLocation");
    }

    @Test
    void everyIssueCarriesItsDistributionWithParallelAcknowledgementLists() {
        assertThat(model.classNamed("qms:controlledDocument").orElseThrow().mandatoryAspects()).contains("qms:distribution");
        ClassFact distribution = model.classNamed("qms:distribution").orElseThrow();
        assertThat(names(distribution.properties())).containsExactly("qms:distributionGroups", "qms:acknowledgementsRequestedOn",
                "qms:acknowledgedBy", "qms:acknowledgedOn");
        for (String name : List.of("qms:distributionGroups", "qms:acknowledgedBy", "qms:acknowledgedOn")) {
            assertThat(model.property(name).orElseThrow().multiple()).as(name).isTrue();
        }
        assertThat(model.property("qms:acknowledgedOn").orElseThrow().type()).isEqualTo("d:datetime");
        assertThat(model.property("qms:distributionGroups").orElseThrow().tokenised()).isEqualTo("false");
        PropertyFact stamped = model.property("qms:obsoleteStamped").orElseThrow();
        assertThat(List.of(stamped.type(), stamped.defaultValue(), stamped.mandatory())).containsExactly("d:boolean", "false", false);
        assertThat(model.property("qms:copyOfIssue").orElseThrow().type()).isEqualTo("d:int");
    }

    @Test
    void recordsAndRecordFilesAlwaysCarryRetention() {
        assertThat(model.classNamed("qms:record").orElseThrow().mandatoryAspects()).contains("qms:retention", "qms:ownedByUnit");
        ClassFact file = model.classNamed("qms:recordFolder").orElseThrow();
        assertThat(file.parent()).isEqualTo("cm:folder");
        assertThat(file.mandatoryAspects()).contains("qms:retention", "qms:ownedByUnit", "cm:titled");
        assertThat(names(file.properties())).contains("qms:fileCode", "qms:fileYear", "qms:fileCreator", "qms:fileState");
        assertThat(listValues("qms:fileStates")).containsExactly("OPEN", "CLOSED");
        assertThat(model.property("qms:fileState").orElseThrow().defaultValue()).isEqualTo("OPEN");
    }

    @Test
    void approvalAspectHoldsTheCoverTable() {
        List<String> props = names(model.classNamed("qms:approval").orElseThrow().properties());
        for (String role : List.of("drafter", "approver")) {
            assertThat(props).contains("qms:" + role, "qms:" + role + "Name", "qms:" + role + "JobTitle");
        }
        assertThat(props).contains("qms:draftedOn", "qms:approvedOn", "qms:reviewers", "qms:reviewerNames",
                "qms:reviewerJobTitles", "qms:reviewedOn", "qms:approvalProcessId");
        // Several reviewers may review in parallel: their columns are parallel multi-valued lists.
        for (String name : List.of("qms:reviewers", "qms:reviewerNames", "qms:reviewerJobTitles", "qms:reviewedOn")) {
            assertThat(model.property(name).orElseThrow().multiple()).as(name).isTrue();
        }
    }

    @Test
    void lifecycleRunsFromDraftToObsoleteAndStartsAsDraft() {
        assertThat(listValues("qms:lifecycleStates")).containsExactly(
                "DRAFT", "IN_REVIEW", "AWAITING_APPROVAL", "APPROVED", "EFFECTIVE", "SUPERSEDED", "OBSOLETE");
        PropertyFact state = model.property("qms:lifecycleState").orElseThrow();
        assertThat(state.mandatory()).isTrue();
        assertThat(state.defaultValue()).isEqualTo("DRAFT");
        assertThat(state.constraintRefs()).containsExactly("qms:lifecycleStates");
    }

    @Test
    void listsForKindsAndDispositionAreClosed() {
        assertThat(listValues("qms:documentKinds")).containsExactly(
                "MANUAL", "POLICY", "PROCEDURE", "INSTRUCTION", "FORM", "PLAN", "EXTERNAL");
        assertThat(listValues("qms:dispositionActions")).containsExactly("DESTROY", "TRANSFER", "REVIEW");
        assertThat(model.property("qms:dispositionStatus").orElseThrow().defaultValue()).isEqualTo("ACTIVE");
    }

    @Test
    void ownerUnitsAreDataNotAModelConstraint() {
        PropertyFact unit = model.property("qms:ownerUnit").orElseThrow();
        assertThat(unit.constraintRefs()).isEmpty();
        assertThat(unit.inlineConstraints()).isEmpty();
        assertThat(unit.facetable()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"STCL", "QT-01", "QT-ISO-02", "BM-02/QT-05", "BM-QT-01-03", "HD.07", "QĐ-01"})
    void documentCodeFormatAcceptsCodesAsPrintedOnCovers(String code) {
        assertThat(codePattern("qms:documentCodeFormat").matcher(code).matches()).as(code).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"qt-01", " QT-01", "QT-01 ", "QT--01", "QT 01", "-QT", "", "QT-01/"})
    void documentCodeFormatRejectsLowerCaseBlanksAndStraySeparators(String code) {
        assertThat(codePattern("qms:documentCodeFormat").matcher(code).matches()).as("'" + code + "'").isFalse();
    }

    @Test
    void recordTypeAndFileCodesHaveAFormat() {
        assertThat(codePattern("qms:recordTypeCodeFormat").matcher("QLCL.05").matches()).isTrue();
        assertThat(codePattern("qms:recordTypeCodeFormat").matcher("qlcl 5").matches()).isFalse();
        assertThat(codePattern("qms:fileCodeFormat").matcher("01/VP-HS").matches()).isTrue();
        assertThat(codePattern("qms:fileCodeFormat").matcher(" 01").matches()).isFalse();
        assertThat(codePattern("qms:fileCodeFormat").matcher("").matches()).isFalse();
    }

    @Test
    void periodsAndNumbersAreBounded() {
        assertRange("qms:reviewPeriodMonths", "qms:reviewPeriodRange", "1", "120");
        assertRange("qms:retentionYears", "qms:retentionYearsRange", "2", "70");
        assertRange("qms:issueNumber", "qms:issueNumberRange", "1", "999");
        assertRange("qms:revision", "qms:revisionRange", "0", "999");
        assertRange("qms:fileYear", "qms:fileYearRange", "1945", "2100");
    }

    @Test
    void codesAreSearchedExactlyAndStatesAreFacets() {
        for (String code : List.of("qms:documentCode", "qms:fileCode", "qms:recordTypeCode")) {
            assertThat(model.property(code).orElseThrow().tokenised()).as(code).isEqualTo("false");
        }
        for (String facet : List.of("qms:lifecycleState", "qms:documentKind", "qms:recordTypeCode", "qms:dispositionStatus",
                "qms:dispositionAction", "qms:fileState", "qms:ownerUnit", "qms:fileYear", "qms:retentionYears")) {
            PropertyFact p = model.property(facet).orElseThrow();
            assertThat(p.facetable()).as(facet).isTrue();
            if ("d:text".equals(p.type())) {
                // Solr facets text only on untokenised values.
                assertThat(p.tokenised()).as(facet).isIn("false", "both");
            }
        }
    }

    @Test
    void everyConstraintReferenceResolvesInTheModel() {
        for (PropertyFact p : model.properties()) {
            for (String ref : p.constraintRefs()) {
                assertThat(model.constraintNamed(ref)).as(p.name() + " -> " + ref).isPresent();
            }
        }
    }

    private static void assertRange(String property, String constraint, String min, String max) {
        assertThat(model.property(property).orElseThrow().constraintRefs()).containsExactly(constraint);
        ModelFacts.ConstraintFact c = model.constraintNamed(constraint).orElseThrow();
        assertThat(c.type()).isEqualTo("MINMAX");
        assertThat(c.parameter("minValue")).contains(min);
        assertThat(c.parameter("maxValue")).contains(max);
    }

    private static Pattern codePattern(String constraint) {
        ModelFacts.ConstraintFact c = model.constraintNamed(constraint).orElseThrow();
        assertThat(c.type()).isEqualTo("REGEX");
        assertThat(c.parameter("requiresMatch")).contains("true");
        // The repository's RegexConstraint matches the whole value with java.util.regex, as here.
        return Pattern.compile(c.parameter("expression").orElseThrow());
    }

    private static List<String> listValues(String constraint) {
        return model.constraintNamed(constraint).orElseThrow().listValues();
    }

    private static List<String> names(List<PropertyFact> properties) {
        return properties.stream().map(PropertyFact::name).toList();
    }
}
