package vn.wardqms.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.wardqms.checks.BrokenCopy;
import vn.wardqms.share.checks.Dictionary;
import vn.wardqms.share.checks.ShareChecks;
import vn.wardqms.share.checks.ShareConfigCheck.FormFacts;
import vn.wardqms.share.checks.ShareFormsReader;
import vn.wardqms.share.checks.ShareFormsReader.SharedForm;

/**
 * Share's own forms reader (../shared/tools/share-forms/check.sh) reads every forms section the packaged JAR ships: a
 * FAIL fails the build at the section's line, and the fields it says each form shows per mode are the ones the models
 * define and the ones our own reading of the file expects.
 */
class ShareFormsReaderIT {
    private static final Set<String> PSEUDO_FIELDS = Set.of("size", "mimetype", "encoding", "message", "taskOwner", "packageItems", "transitions");

    @TempDir
    Path temp;

    @Test
    void shareReadsEveryFormTheJarShipsWithTheFieldsTheModelsDefine() {
        Path root = ShareJar.unpack(temp);
        ShareFormsReader.Verdict verdict = ShareFormsReader.read(root.resolve(ShareModule.CONFIG));
        verdict.failures().forEach(p -> System.out.println("share-forms: FAIL " + p));
        assertThat(verdict.failures()).isEmpty();

        ShareChecks.Report ours = ShareChecks.run(ShareChecks.Files.in(root), ShareModule.dictionary(), ShareModule.processes(), ShipmentTest.reference());
        assertThat(verdict.forms()).hasSameSizeAs(ours.config().forms());
        Dictionary dictionary = ShareModule.dictionary();
        for (SharedForm shared : verdict.forms()) {
            FormFacts expected = ours.config().forms().stream()
                    .filter(f -> shared.evaluator().equals(f.evaluator()) && shared.condition().equals(f.condition()) && shared.id().equals(f.id()))
                    .findFirst().orElseThrow(() -> new AssertionError("Share read a form we did not: " + shared));
            String where = shared.evaluator() + "=" + shared.condition() + " form " + shared.id();
            assertThat(shared.view()).as(where + " view").containsExactlyElementsOf(inMode(expected, "view"));
            assertThat(shared.edit()).as(where + " edit").containsExactlyElementsOf(inMode(expected, "edit"));
            assertThat(shared.create()).as(where + " create").containsExactlyElementsOf(inMode(expected, "create"));
            for (String field : union(shared)) {
                assertThat(field.contains(":") ? dictionary.hasField(field) : PSEUDO_FIELDS.contains(field))
                        .as(where + ": " + field + " is a field of the models (or one Share's form service adds)").isTrue();
            }
            assertThat(union(shared)).as(where + ": every styled field is shown").containsAll(shared.appearance());
        }
        System.out.println("share-forms: " + verdict.forms().size() + " forms read by Share's reader, none failed");
    }

    @Test
    void aFormShareCannotReadFailsAtItsSection() {
        Path config = ShareModule.sources().resolve(ShareModule.CONFIG);
        BrokenCopy broken = BrokenCopy.of(config, temp.resolve("share-config-custom.xml"),
                "<field id=\"qms:auditRecordCount\" set=\"qms-audit\" read-only=\"true\"/>",
                "<field set=\"qms-audit\" read-only=\"true\"/>");
        ShareFormsReader.Verdict verdict = ShareFormsReader.read(broken.file());
        assertThat(verdict.failures()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(broken.file());
            assertThat(p.line()).isEqualTo(BrokenCopy.lineOf(broken.file(), "<config evaluator=\"node-type\" condition=\"qms:auditEntry\">"));
            assertThat(p.message()).contains("Share's forms reader");
        });
    }

    private static List<String> inMode(FormFacts form, String mode) {
        return form.shownModes().entrySet().stream().filter(e -> e.getValue().contains(mode)).map(Map.Entry::getKey).toList();
    }

    private static Set<String> union(SharedForm form) {
        Set<String> all = new java.util.LinkedHashSet<>(form.view());
        all.addAll(form.edit());
        all.addAll(form.create());
        return all;
    }
}
