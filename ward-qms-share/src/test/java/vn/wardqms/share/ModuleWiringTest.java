package vn.wardqms.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Locale;
import java.util.ResourceBundle;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.xml.XmlBeanDefinitionReader;
import org.springframework.core.io.FileSystemResource;

import vn.wardqms.checks.LocatedXml;
import vn.wardqms.share.checks.CommentRuleCheck;
import vn.wardqms.platform.workflow.QmsTask;

/** How Share picks the module up: the Spring context, the extension module, the bundles as Share reads them. */
class ModuleWiringTest {

    @Test
    void contextReadsAsSpringBeanDefinitionsAndRegistersTheBundle() {
        DefaultListableBeanFactory factory = new DefaultListableBeanFactory();
        int count = new XmlBeanDefinitionReader(factory).loadBeanDefinitions(new FileSystemResource(ShareModule.sources().resolve(ShareModule.CONTEXT)));
        assertThat(count).isGreaterThan(20);
        BeanDefinition resources = factory.getBeanDefinition("wardqms.share.resources");
        assertThat(resources.getBeanClassName()).isEqualTo("org.springframework.extensions.surf.util.ResourceBundleBootstrapComponent");
        assertThat(resources.getPropertyValues().getPropertyValue("resourceBundles").getValue().toString())
                .contains(ShareModule.BUNDLE_BASE.replace('/', '.'));
        assertThat(factory.getBeanDefinition("wardqms.evaluator.reviewOverdue").getParentName()).isEqualTo("evaluator.doclib.action.chainedMatchAll");
    }

    @Test
    void extensionModuleIsAutoDeployedUnderOurId() {
        LocatedXml xml = LocatedXml.parse(ShareModule.sources().resolve(ShareModule.EXTENSION));
        assertThat(LocatedXml.childText(LocatedXml.descendants(xml.root(), "module").get(0), "id")).isEqualTo(ShareModule.MODULE_ID);
        assertThat(LocatedXml.descendants(xml.root(), "auto-deploy").get(0).getTextContent()).isEqualTo("true");
    }

    /**
     * Surf's I18NUtil reads the bundles with ResourceBundle.getBundle(base, locale): on Java 9+ that decodes .properties
     * as UTF-8 (falling back to ISO-8859-1 only if the bytes are not UTF-8). So the Vietnamese comes through as written.
     */
    @Test
    void bundlesReadTheWaySurfReadsThemKeepTheirDiacritics() throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {ShareModule.sources().toUri().toURL()}, null)) {
            String base = ShareModule.BUNDLE_BASE.replace('/', '.');
            ResourceBundle vi = ResourceBundle.getBundle(base, Locale.forLanguageTag("vi-VN"), loader);
            ResourceBundle en = ResourceBundle.getBundle(base, Locale.ENGLISH, loader);
            assertThat(vi.getString("qms.set.approval")).isEqualTo("Soạn thảo / Xem xét / Phê duyệt");
            assertThat(vi.getString("qms.indicator.reviewOverdue")).isEqualTo("Quá hạn xem xét định kỳ");
            assertThat(en.getString("qms.set.approval")).isEqualTo("Drafted / Reviewed / Approved");
        }
        byte[] bytes = Files.readAllBytes(ShareModule.sources().resolve(ShareModule.VIETNAMESE));
        // Strict decoding: a byte that is not UTF-8 would make Java fall back to ISO-8859-1 for the whole file.
        String decoded = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        assertThat(decoded.contains("Tạm giữ pháp lý")).isTrue();
    }

    @Test
    void scriptRequiresACommentExactlyWhereTheProcessRulesDo() {
        var table = CommentRuleCheck.table(ShareModule.sources().resolve(ShareModule.FORMS_SCRIPT));
        for (QmsTask task : QmsTask.values()) {
            var needing = task.outcomes().stream().filter(task::needsComment).toList();
            if (needing.isEmpty()) {
                assertThat(table).doesNotContainKey(task.outcomeVariable());
            } else {
                assertThat(table.get(task.outcomeVariable())).containsExactlyInAnyOrderElementsOf(needing);
            }
        }
    }
}
