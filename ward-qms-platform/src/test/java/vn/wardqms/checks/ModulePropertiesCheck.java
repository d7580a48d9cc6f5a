package vn.wardqms.checks;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks alfresco/module/&lt;id&gt;/module.properties as the repository's ModuleDetailsImpl reads it: id, title,
 * description and version present; the id made of word characters, '.' and '-' only (ModuleDetails.INVALID_ID_REGEX);
 * repo min/max versions numeric (VersionNumber) with min &lt;= max.
 */
public final class ModulePropertiesCheck {
    private static final List<String> REQUIRED = List.of("module.id", "module.title", "module.description", "module.version");
    private static final Pattern INVALID_ID = Pattern.compile(".*[^\\w.-].*");
    private static final Pattern REPO_VERSION = Pattern.compile("\\d+(\\.\\d+){0,3}");
    private static final Pattern MODULE_VERSION = Pattern.compile("\\d+(\\.\\d+)*([.-][A-Za-z0-9]+)*");

    private ModulePropertiesCheck() {
    }

    public static List<Problem> check(Path root, String moduleId) {
        Path file = root.resolve("alfresco/module/" + moduleId + "/module.properties");
        if (!Files.isRegularFile(file)) {
            return List.of(Problem.inFile(file, "missing: the repository does not know a module without module.properties"));
        }
        // The repository reads it with Properties.load(InputStream), i.e. ISO-8859-1: only ASCII is safe.
        LocatedProperties props = LocatedProperties.read(file, StandardCharsets.US_ASCII);
        List<Problem> problems = new ArrayList<>(props.problems());
        for (String key : REQUIRED) {
            String value = props.get(key);
            if (value == null || value.isBlank()) {
                problems.add(Problem.inFile(file, "required key " + key + " is missing or empty"));
            }
        }
        for (LocatedProperties.Entry entry : props.entries().values()) {
            if (entry.value().contains("${")) {
                problems.add(new Problem(file, entry.line(), entry.key() + " has an unresolved placeholder: " + entry.value()));
            }
        }
        LocatedProperties.Entry id = props.entries().get("module.id");
        if (id != null) {
            if (INVALID_ID.matcher(id.value()).matches()) {
                problems.add(new Problem(file, id.line(), "module.id '" + id.value() + "' may only hold letters, digits, '_', '.' and '-'"));
            }
            if (!id.value().equals(moduleId)) {
                problems.add(new Problem(file, id.line(), "module.id '" + id.value() + "' differs from its folder alfresco/module/" + moduleId));
            }
        }
        LocatedProperties.Entry version = props.entries().get("module.version");
        if (version != null && !version.value().contains("${") && !MODULE_VERSION.matcher(version.value()).matches()) {
            problems.add(new Problem(file, version.line(), "module.version '" + version.value() + "' is not a version such as 1.2.0 or 1.2.0-SNAPSHOT"));
        }
        int[] min = repoVersion(props, "module.repo.version.min", file, problems);
        int[] max = repoVersion(props, "module.repo.version.max", file, problems);
        if (min != null && max != null && compare(max, min) < 0) {
            problems.add(new Problem(file, props.entries().get("module.repo.version.max").line(),
                    "module.repo.version.max is lower than module.repo.version.min: the repository refuses the module"));
        }
        return problems;
    }

    private static int[] repoVersion(LocatedProperties props, String key, Path file, List<Problem> problems) {
        LocatedProperties.Entry entry = props.entries().get(key);
        if (entry == null || entry.value().contains("${")) {
            return null;
        }
        if (!REPO_VERSION.matcher(entry.value()).matches()) {
            problems.add(new Problem(file, entry.line(), key + " '" + entry.value() + "' is not a repository version such as 23.1.0"));
            return null;
        }
        String[] parts = entry.value().split("\\.");
        int[] numbers = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            numbers[i] = Integer.parseInt(parts[i]);
        }
        return numbers;
    }

    private static int compare(int[] a, int[] b) {
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            int x = i < a.length ? a[i] : 0;
            int y = i < b.length ? b[i] : 0;
            if (x != y) {
                return Integer.compare(x, y);
            }
        }
        return 0;
    }
}
