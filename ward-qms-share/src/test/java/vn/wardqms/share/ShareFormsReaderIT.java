package vn.wardqms.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.wardqms.checks.BrokenCopy;
import vn.wardqms.checks.share.FormsAgainstModels;
import vn.wardqms.checks.share.FormsConfig;
import vn.wardqms.checks.share.FormsConfig.Form;
import vn.wardqms.checks.share.FormsConfigReader;
import vn.wardqms.checks.share.Mode;
import vn.wardqms.share.checks.Dictionary;
import vn.wardqms.share.checks.ShareChecks;
import vn.wardqms.share.checks.ShareConfigCheck.FormFacts;

/**
 * Our reading of Share's forms config (ward-qms-checks' {@link FormsConfigReader}, written from Share's own rules)
 * reads every forms section the packaged JAR ships: a FAIL fails the build at its line, and the fields it says Share
 * shows per form and mode are the ones the models define and the ones {@code ShareConfigCheck} expects.
 */
class ShareFormsReaderIT {

    @TempDir
    Path temp;

    @Test
    void shareReadsEveryFormTheJarShipsWithTheFieldsTheModelsDefine() {
        Path root = ShareJar.unpack(temp);
        FormsConfig read = FormsConfigReader.read(root.resolve(ShareModule.CONFIG));
        read.problems().forEach(p -> System.out.println("Share forms reader: FAIL " + p));
        assertThat(read.problems()).isEmpty();

        ShareChecks.Report ours = ShareChecks.run(ShareChecks.Files.in(root), ShareModule.dictionary(), ShareModule.processes(), ShipmentTest.reference());
        assertThat(read.forms()).hasSameSizeAs(ours.config().forms());
        Dictionary dictionary = ShareModule.dictionary();
        for (Form form : read.forms()) {
            // ShareConfigCheck names a section's default form "default".
            String id = form.id() == null ? "default" : form.id();
            FormFacts expected = ours.config().forms().stream()
                    .filter(f -> Objects.equals(form.evaluator(), f.evaluator()) && Objects.equals(form.condition(), f.condition()) && id.equals(f.id()))
                    .findFirst().orElseThrow(() -> new AssertionError("the reader read a form our checks did not: " + form));
            String where = form.evaluator() + "=" + form.condition() + " form " + id;
            for (Mode mode : Mode.values()) {
                assertThat(form.fields(mode).fields()).as(where + " " + mode.word()).containsExactlyElementsOf(inMode(expected, mode.word()));
                // A mode that names no field would show every field the form service gives, which no form of ours means.
                assertThat(form.fields(mode).formServiceDefault()).as(where + " " + mode.word() + " names its fields").isFalse();
            }
            for (String field : union(form)) {
                assertThat(field.contains(":") ? dictionary.hasField(field) : FormsAgainstModels.PSEUDO_FIELDS.contains(field))
                        .as(where + ": " + field + " is a field of the models (or one Share's form service adds)").isTrue();
            }
            assertThat(union(form)).as(where + ": every styled field is shown").containsAll(form.styledIds());
        }
        System.out.println("Share forms reader: " + read.forms().size() + " forms read, none failed");
    }

    @Test
    void aFormShareCannotReadFailsAtTheBrokenField() {
        Path config = ShareModule.sources().resolve(ShareModule.CONFIG);
        BrokenCopy broken = BrokenCopy.of(config, temp.resolve("share-config-custom.xml"),
                "<field id=\"qms:auditRecordCount\" set=\"qms-audit\" read-only=\"true\"/>",
                "<field set=\"qms-audit\" read-only=\"true\"/>");
        FormsConfig read = FormsConfigReader.read(broken.file());
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(broken.file());
            assertThat(p.line()).isEqualTo(broken.line());
            assertThat(p.message()).startsWith("<field> has no id").contains("skip this whole file");
        });
    }

    private static List<String> inMode(FormFacts form, String mode) {
        return form.shownModes().entrySet().stream().filter(e -> e.getValue().contains(mode)).map(Map.Entry::getKey).toList();
    }

    private static Set<String> union(Form form) {
        Set<String> all = new LinkedHashSet<>();
        for (Mode mode : Mode.values()) {
            all.addAll(form.fields(mode).fields());
        }
        return all;
    }
}
