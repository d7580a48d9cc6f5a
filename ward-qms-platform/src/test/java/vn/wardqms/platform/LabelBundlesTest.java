package vn.wardqms.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import vn.wardqms.checks.LabelBundleCheck;
import vn.wardqms.checks.LocatedProperties;
import vn.wardqms.checks.ModelFacts;

/** Every type, aspect, property, association and list value shows in English and Vietnamese. */
class LabelBundlesTest {
    private final Path root = PlatformModule.sources();
    private final ModelFacts model = ModelFacts.read(PlatformModule.model(root));

    @Test
    void bothBundlesHoldExactlyTheKeysTheRepositoryLooksUp() {
        assertThat(LabelBundleCheck.check(model, PlatformModule.englishLabels(root), PlatformModule.vietnameseLabels(root)))
                .isEmpty();
    }

    @Test
    void keysAreDerivedAsTheRepositoryBuildsThem() {
        assertThat(LabelBundleCheck.expectedKeys(model)).extracting(LabelBundleCheck.ExpectedKey::key).contains(
                "qms_qmsModel.description",
                "qms_qmsModel.type.qms_controlledDocument.title",
                "qms_qmsModel.aspect.qms_approval.description",
                "qms_qmsModel.property.qms_documentCode.title",
                "qms_qmsModel.association.qms_supersededBy.title",
                "listconstraint.qms_lifecycleStates.AWAITING_APPROVAL");
    }

    @Test
    void vietnameseLabelsUseTheQualityManualsOwnWords() {
        LocatedProperties vi = LocatedProperties.read(PlatformModule.vietnameseLabels(root), StandardCharsets.UTF_8);
        assertThat(vi.get("qms_qmsModel.property.qms_drafterName.title")).isEqualTo("Người soạn thảo");
        assertThat(vi.get("qms_qmsModel.property.qms_reviewerNames.title")).isEqualTo("Người xem xét");
        assertThat(vi.get("qms_qmsModel.property.qms_approverName.title")).isEqualTo("Người phê duyệt");
        assertThat(vi.get("qms_qmsModel.property.qms_documentCode.title")).isEqualTo("Mã hiệu");
        assertThat(vi.get("qms_qmsModel.property.qms_issueNumber.title")).isEqualTo("Lần ban hành");
        assertThat(vi.get("qms_qmsModel.property.qms_fileCode.title")).isEqualTo("Số và ký hiệu hồ sơ");
        assertThat(vi.get("qms_qmsModel.aspect.qms_retention.title")).isEqualTo("Thời hạn lưu trữ");
        assertThat(vi.get("listconstraint.qms_lifecycleStates.OBSOLETE")).isEqualTo("Hết hiệu lực");
    }
}
