package vn.wardqms.share;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.wardqms.share.checks.ShareChecks;
import vn.wardqms.share.checks.ShareReference;

/** The module as shipped from source passes every check: structure, names, coverage, evaluators, messages. */
class ShipmentTest {
    @Test
    void shippedShareConfigurationHasNoProblem() {
        ShareChecks.Report report = ShareChecks.run(ShareChecks.Files.in(ShareModule.sources()), ShareModule.dictionary(),
                ShareModule.processes(), reference());
        report.problems().forEach(p -> System.out.println("share-check: " + p));
        assertThat(report.problems()).isEmpty();
        System.out.println("share-check: " + report.config().forms().size() + " forms, " + report.config().messageKeys().size()
                + " message keys, " + report.config().evaluatorRefs().size() + " evaluators referenced, "
                + report.config().iconFiles().size() + " icons");
        // Every form of the file was read: 6 node-type + 6 model-type (+3 search, +2 place-hold) + 10 aspects + 4 start + 11 tasks + 4 details.
        assertThat(report.config().forms()).hasSize(48);
        assertThat(report.config().evaluatorRefs()).containsKeys("wardqms.evaluator.reviewOverdue", "wardqms.evaluator.canPlaceHold");
    }

    static ShareReference reference() {
        return ShareReference.read(ShareModule.shareData("form-controls.txt"), ShareModule.shareData("documentlibrary-evaluators.txt"));
    }
}
