package vn.wardqms.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.NativeArray;
import org.mozilla.javascript.NativeObject;
import org.mozilla.javascript.Scriptable;

import vn.wardqms.checks.LocatedXml;

/**
 * The module's customisation of Share's start-workflow page, run in Rhino on the model Share's own controller makes
 * (start-workflow.get.js: model.workflowDefinitions from the repository, one widget "StartWorkflow"), and the actions
 * that name their process.
 */
class StartWorkflowCustomisationTest {
    static final String SCRIPT = "alfresco/web-extension/site-webscripts/vn/wardqms/customizations/workflow/start-workflow.get.js";
    static final String TEMPLATE = "alfresco/web-extension/site-webscripts/vn/wardqms/customizations/workflow/start-workflow.get.html.ftl";
    static final String WIDGET = "META-INF/ward-qms-share/js/qms-start-workflow.js";
    static final List<String> DEPLOYED = List.of("activiti$activitiAdhoc", "activiti$qmsDocumentApproval", "activiti$qmsPeriodicReview",
            "activiti$qmsWithdrawal");

    private Context cx;
    private Scriptable scope;

    @BeforeEach
    void enter() {
        cx = Context.enter();
        scope = cx.initStandardObjects();
    }

    @AfterEach
    void exit() {
        Context.exit();
    }

    /** Runs the customisation after Share's controller with the page's URL arguments; the widget and the menu's names. */
    private List<String> run(Map<String, String> args) throws IOException {
        NativeArray definitions = (NativeArray) cx.newArray(scope, DEPLOYED.stream().map(name -> {
            NativeObject d = new NativeObject();
            d.put("name", d, name);
            d.put("title", d, name);
            return (Object) d;
        }).toArray());
        NativeObject options = new NativeObject();
        options.put("workflowDefinitions", options, definitions);
        NativeObject widget = new NativeObject();
        widget.put("id", widget, "StartWorkflow");
        widget.put("name", widget, "Alfresco.component.StartWorkflow");
        widget.put("options", widget, options);
        NativeObject model = new NativeObject();
        model.put("workflowDefinitions", model, definitions);
        model.put("widgets", model, cx.newArray(scope, new Object[] {widget}));
        NativeObject urlArgs = new NativeObject();
        args.forEach((k, v) -> urlArgs.put(k, urlArgs, v));
        NativeObject url = new NativeObject();
        url.put("args", url, urlArgs);
        NativeObject page = new NativeObject();
        page.put("url", page, url);
        scope.put("model", scope, model);
        scope.put("page", scope, page);
        cx.evaluateString(scope, Files.readString(ShareModule.sources().resolve(SCRIPT), StandardCharsets.UTF_8), SCRIPT, 1, null);

        List<String> seen = new ArrayList<>();
        Scriptable w = (Scriptable) ((Scriptable) model.get("widgets", model)).get(0, null);
        seen.add(String.valueOf(w.get("name", w)));
        Scriptable menu = (Scriptable) model.get("workflowDefinitions", model);
        Scriptable widgetMenu = (Scriptable) ((Scriptable) w.get("options", w)).get("workflowDefinitions", null);
        assertThat(((NativeArray) menu).size()).as("the page's menu and the widget's list stay the same").isEqualTo(((NativeArray) widgetMenu).size());
        for (Object d : (NativeArray) menu) {
            seen.add(String.valueOf(((Scriptable) d).get("name", null)));
        }
        return seen;
    }

    @Test
    void aQmsActionGetsItsProcessOnlyOpenedAtOnce() throws IOException {
        assertThat(run(Map.of("selectedItems", "workspace://SpacesStore/1", "qmsProcess", "activiti$qmsWithdrawal")))
                .containsExactly("WardQms.StartWorkflow", "activiti$qmsWithdrawal");
    }

    @Test
    void withoutOrWithAForeignProcessSharesPageStaysAsItIs() throws IOException {
        List<String> untouched = new ArrayList<>(List.of("Alfresco.component.StartWorkflow"));
        untouched.addAll(DEPLOYED);
        assertThat(run(Map.of("selectedItems", "workspace://SpacesStore/1"))).isEqualTo(untouched);
        assertThat(run(Map.of("qmsProcess", "activiti$activitiAdhoc"))).as("not one of ours").isEqualTo(untouched);
        assertThat(run(Map.of("qmsProcess", "activiti$qmsNotDeployed"))).as("not offered to this user").isEqualTo(untouched);
        assertThat(run(Map.of("qmsProcess", "activiti$qmsDocumentApproval\"><script>"))).isEqualTo(untouched);
    }

    /** Every action that opens the page names a process the platform ships, and the page's customisation is wired. */
    @Test
    void theActionsNameRealProcessesAndTheCustomisationIsDeclared() throws IOException {
        Path extension = ShareModule.sources().resolve(ShareModule.EXTENSION);
        Matcher named = Pattern.compile("start-workflow\\?selectedItems=\\{node\\.nodeRef}&amp;qmsProcess=activiti\\$(\\w+)")
                .matcher(Files.readString(extension, StandardCharsets.UTF_8));
        List<String> processes = new ArrayList<>();
        while (named.find()) {
            processes.add(named.group(1));
        }
        assertThat(processes).containsExactly("qmsDocumentApproval", "qmsWithdrawal", "qmsPeriodicReview");
        assertThat(ShareModule.processes().byId()).containsKeys(processes.toArray(String[]::new));

        LocatedXml xml = LocatedXml.parse(extension);
        var customization = LocatedXml.descendants(xml.root(), "customization").get(0);
        assertThat(LocatedXml.childText(customization, "targetPackageRoot")).isEqualTo("org.alfresco.components.workflow");
        String source = LocatedXml.childText(customization, "sourcePackageRoot");
        assertThat(ShareModule.sources().resolve("alfresco/web-extension/site-webscripts/" + source.replace('.', '/') + "/start-workflow.get.js"))
                .isRegularFile();
        assertThat(Files.readString(ShareModule.sources().resolve(TEMPLATE), StandardCharsets.UTF_8))
                .contains("${url.context}/res/ward-qms-share/js/qms-start-workflow.js");
        assertThat(ShareModule.sources().resolve(WIDGET)).isRegularFile();
    }
}
