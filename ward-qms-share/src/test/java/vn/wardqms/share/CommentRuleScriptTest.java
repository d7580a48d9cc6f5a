package vn.wardqms.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.NativeObject;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/**
 * The form rule "a rejection needs a comment" (META-INF/ward-qms-share/js/qms-forms.js) run in Rhino as the forms runtime
 * calls it: handler(field, args, event, form, silent, message), with the comment field and its HTML form.
 */
class CommentRuleScriptTest {
    private Context cx;
    private Scriptable scope;
    private Function handler;

    @BeforeEach
    void load() throws IOException {
        cx = Context.enter();
        scope = cx.initStandardObjects();
        ScriptableObject.putProperty(scope, "window", scope);
        String script = Files.readString(ShareModule.sources().resolve(ShareModule.FORMS_SCRIPT), StandardCharsets.UTF_8);
        cx.evaluateString(scope, script, ShareModule.FORMS_SCRIPT, 1, null);
        Scriptable wardQms = (Scriptable) scope.get("WardQms", scope);
        Scriptable validation = (Scriptable) ((Scriptable) wardQms.get("forms", wardQms)).get("validation", null);
        handler = (Function) validation.get("commentRequiredForOutcome", validation);
    }

    private boolean valid(String comment, Map<String, String> hiddenFields) {
        try {
            NativeObject elements = new NativeObject();
            hiddenFields.forEach((name, value) -> {
                NativeObject input = new NativeObject();
                input.put("value", input, value);
                elements.put(name, elements, input);
            });
            NativeObject form = new NativeObject();
            form.put("elements", form, elements);
            NativeObject field = new NativeObject();
            field.put("value", field, comment);
            field.put("form", field, form);
            // silent = true: the handler must not touch the page's buttons (there is no YUI here).
            return Context.toBoolean(handler.call(cx, scope, scope, new Object[] {field, null, null, null, true, null}));
        } finally {
            // nothing to release per call
        }
    }

    @Test
    void rejectingWithoutACommentIsRefused() {
        assertThat(valid("", Map.of("prop_qmswf_reviewOutcome", "Reject"))).isFalse();
        assertThat(valid("   ", Map.of("prop_qmswf_approvalOutcome", "Reject"))).isFalse();
        assertThat(valid("", Map.of("prop_qmswf_withdrawalOutcome", "Reject"))).isFalse();
        assertThat(valid("", Map.of("prop_qmswf_periodicReviewOutcome", "Withdraw"))).isFalse();
        assertThat(valid("", Map.of("prop_qmswf_periodicReviewOutcome", "NeedsAmendment"))).isFalse();
    }

    @Test
    void rejectingWithACommentIsAccepted() {
        assertThat(valid("Mục 5.2 chưa nêu rõ thời hạn giải quyết", Map.of("prop_qmswf_reviewOutcome", "Reject"))).isTrue();
    }

    @Test
    void approvingNeedsNoComment() {
        assertThat(valid("", Map.of("prop_qmswf_reviewOutcome", "Approve"))).isTrue();
        assertThat(valid("", Map.of("prop_qmswf_periodicReviewOutcome", "StillValid"))).isTrue();
        assertThat(valid("", Map.of("prop_qmswf_reviseOutcome", "Cancel"))).isTrue();
        assertThat(valid("", Map.of("prop_qmswf_acknowledgeOutcome", "Acknowledged"))).isTrue();
    }

    @Test
    void beforeAnyButtonIsPressedTheCommentIsFree() {
        assertThat(valid("", Map.of("prop_qmswf_reviewOutcome", ""))).isTrue();
        assertThat(valid("", Map.of())).isTrue();
    }

    @org.junit.jupiter.api.AfterEach
    void exit() {
        Context.exit();
    }
}
