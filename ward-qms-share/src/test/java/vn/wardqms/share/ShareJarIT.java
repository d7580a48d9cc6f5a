package vn.wardqms.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.wardqms.share.checks.ShareChecks;

/** The built JAR is what Share will load: every file in place, every check passing on the packaged copies. */
class ShareJarIT {
    @TempDir
    Path temp;

    @Test
    void packagedModuleHasEveryFileShareLooksFor() throws Exception {
        Path root = ShareJar.unpack(temp);
        for (String entry : List.of(ShareModule.CONFIG, ShareModule.EXTENSION, ShareModule.CONTEXT, ShareModule.ENGLISH,
                ShareModule.VIETNAMESE, ShareModule.FORMS_SCRIPT, "vn/wardqms/share/evaluator/DateBeforeTodayComparator.class")) {
            assertThat(root.resolve(entry)).as(entry).isRegularFile();
        }
        // The compile-time copy of Share's comparator interface must never shadow Share's own.
        assertThat(root.resolve("org/alfresco")).doesNotExist();
        try (Stream<Path> files = Files.walk(root)) {
            assertThat(files.filter(p -> p.toString().endsWith(".class")).count()).isEqualTo(1);
        }
    }

    @Test
    void everyCheckPassesOnThePackagedFiles() {
        ShareChecks.Report report = ShareChecks.run(ShareChecks.Files.in(ShareJar.unpack(temp)), ShareModule.dictionary(),
                ShareModule.processes(), ShipmentTest.reference());
        report.problems().forEach(p -> System.out.println("share-check (jar): " + p));
        assertThat(report.problems()).isEmpty();
        assertThat(report.config().iconFiles()).allSatisfy(icon -> assertThat(temp.resolve(icon)).isRegularFile());
    }

    @Test
    void bundlesLoadFromTheJarInVietnameseAndEnglish() throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {ShareJar.file().toUri().toURL()}, null)) {
            String base = ShareModule.BUNDLE_BASE.replace('/', '.');
            assertThat(ResourceBundle.getBundle(base, Locale.forLanguageTag("vi"), loader).getString("qms.action.placeHold"))
                    .isEqualTo("Đặt tạm giữ pháp lý");
            assertThat(ResourceBundle.getBundle(base, Locale.ENGLISH, loader).getString("qms.action.placeHold"))
                    .isEqualTo("Place a legal hold");
            assertThat(loader.getResource("META-INF/share-config-custom.xml")).isNotNull();
        }
    }
}
