package vn.wardqms.share.checks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import vn.wardqms.checks.Problem;

/** All checks of the Share module over one set of files (the sources, an unpacked JAR, or a copy with one file broken). */
public final class ShareChecks {

    /** The files checked together; {@code resources} is where icons, scripts and bundles named by the config are found. */
    public record Files(Path resources, Path config, Path extension, Path context, Path english, Path vietnamese, Path script) {
        public static Files in(Path resources) {
            return new Files(resources, resources.resolve("META-INF/share-config-custom.xml"),
                    resources.resolve("alfresco/web-extension/site-data/extensions/ward-qms-share.xml"),
                    resources.resolve("alfresco/web-extension/ward-qms-share-context.xml"),
                    resources.resolve("alfresco/web-extension/messages/ward-qms-share.properties"),
                    resources.resolve("alfresco/web-extension/messages/ward-qms-share_vi.properties"),
                    resources.resolve("META-INF/ward-qms-share/js/qms-forms.js"));
        }

        public Files withConfig(Path p) {
            return new Files(resources, p, extension, context, english, vietnamese, script);
        }

        public Files withExtension(Path p) {
            return new Files(resources, config, p, context, english, vietnamese, script);
        }

        public Files withContext(Path p) {
            return new Files(resources, config, extension, p, english, vietnamese, script);
        }

        public Files withVietnamese(Path p) {
            return new Files(resources, config, extension, context, english, p, script);
        }

        public Files withEnglish(Path p) {
            return new Files(resources, config, extension, context, p, vietnamese, script);
        }
    }

    public record Report(ShareConfigCheck.Result config, List<Problem> problems) {
    }

    private ShareChecks() {
    }

    public static Report run(Files files, Dictionary dictionary, Processes processes, ShareReference share) {
        ShareConfigCheck.Result config = ShareConfigCheck.check(files.config(), files.extension(), files.resources(), dictionary, processes, share);
        List<Problem> problems = new ArrayList<>(config.problems());
        problems.addAll(EvaluatorContextCheck.check(files.context(), config.evaluatorRefs(), dictionary, share, files.resources()));
        problems.addAll(MessageBundleCheck.check(files.english(), files.vietnamese(), config.messageKeys()));
        problems.addAll(CoverageCheck.check(config, dictionary, processes));
        problems.addAll(CommentRuleCheck.check(files.script(), config, processes, files.config()));
        return new Report(config, problems);
    }
}
