package vn.wardqms.share.checks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What Share itself provides, as read from its sources (Alfresco/alfresco-community-share @ 8bd5529225fb; the lists are
 * in src/test/resources/share with their provenance): form control templates and the parameters each reads, set
 * templates, document-library evaluator beans, action groups and config scopes.
 */
public record ShareReference(Map<String, Set<String>> controls, Map<String, String> evaluatorBeans) {

    /** Set templates in web-framework-commons .../components/form/. */
    public static final Set<String> SET_TEMPLATES = Set.of("/org/alfresco/components/form/2-column-set.ftl",
            "/org/alfresco/components/form/2-column-wide-left-set.ftl", "/org/alfresco/components/form/3-column-set.ftl");

    /** Action groups of share-documentlibrary-config.xml. */
    public static final Set<String> ACTION_GROUPS = Set.of("document-browse", "document-details", "folder-browse",
            "folder-details", "document-link-browse", "document-link-details", "folder-link-browse", "folder-link-details");

    /** Config scopes Share reads as generic XML and that this module extends. */
    public static final Set<String> STRING_SCOPES = Set.of("AdvancedSearch", "DocumentLibrary", "DocLibActions");

    /** Permissions the document library's action filter knows (node.permissions.user). */
    public static final Set<String> PERMISSIONS = Set.of("Write", "Delete", "CreateChildren", "ChangePermissions", "CancelCheckOut");

    /** Classes of Share and Surf our Spring context may instantiate or inherit, with the properties each accepts. */
    public static final Map<String, Set<String>> CLASS_PROPERTIES = Map.of(
            "org.alfresco.web.evaluator.NodeTypeEvaluator", Set.of("types", "allowSubtypes", "dictionary", "negateOutput"),
            "org.alfresco.web.evaluator.HasAspectEvaluator", Set.of("aspects", "negateOutput"),
            "org.alfresco.web.evaluator.ValueEvaluator", Set.of("accessor", "comparator", "negateOutput"),
            "org.alfresco.web.evaluator.ChainedMatchAllEvaluator", Set.of("evaluators", "negateOutput"),
            "org.alfresco.web.evaluator.ChainedMatchOneEvaluator", Set.of("evaluators", "negateOutput"),
            "org.alfresco.web.evaluator.HasGroupMembershipsEvaluator", Set.of("groups", "relation", "slingshotEvaluatorUtil", "negateOutput"),
            "org.alfresco.web.evaluator.StringEqualsComparator", Set.of("value", "caseInsensitive"),
            "org.alfresco.web.evaluator.NullValueComparator", Set.of("value"),
            "org.springframework.extensions.surf.util.ResourceBundleBootstrapComponent", Set.of("resourceBundles"));

    public static ShareReference read(Path controlsFile, Path evaluatorsFile) {
        Map<String, Set<String>> controls = new LinkedHashMap<>();
        for (String line : lines(controlsFile)) {
            String[] parts = line.trim().split("\\s+");
            controls.put(parts[0], new LinkedHashSet<>(Arrays.asList(parts).subList(1, parts.length)));
        }
        Map<String, String> beans = new LinkedHashMap<>();
        for (String line : lines(evaluatorsFile)) {
            String[] parts = line.trim().split("\\s+");
            beans.put(parts[0], parts.length > 1 ? parts[1] : "");
        }
        return new ShareReference(controls, beans);
    }

    /** The Share class a Share evaluator bean is, following its parents. */
    public String classOfBean(String beanId) {
        String spec = evaluatorBeans.get(beanId);
        for (int depth = 0; spec != null && depth < 20; depth++) {
            if (spec.startsWith("class=")) {
                return spec.substring("class=".length());
            }
            if (spec.startsWith("parent=")) {
                spec = evaluatorBeans.get(spec.substring("parent=".length()));
            } else {
                return null;
            }
        }
        return null;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
