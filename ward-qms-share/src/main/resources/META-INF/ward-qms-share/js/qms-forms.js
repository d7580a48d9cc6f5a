/*
 * Ward QMS: client-side form rules for Share's forms runtime. Served by Share from this JAR's META-INF at
 * /share/res/ward-qms-share/js/qms-forms.js and loaded on every form page (share-config-custom.xml, <dependencies>).
 *
 * A rejection needs a comment. The repository refuses such a task without one (ward-qms-platform, QmsTask and
 * TaskRulesListener); this rule says so in the form, before the task is sent. It is attached to bpm:comment as the
 * constraint QMS_COMMENT_REQUIRED and runs when an outcome button submits the form: the button has then written
 * its outcome into the hidden outcome field (Share's activiti-transitions control).
 */
(function () {
    // Outcome field (as the form names it) -> the outcomes that need a comment. Kept equal to the process rules
    // by the module's build (TaskFormRulesTest).
    var OUTCOMES_NEEDING_COMMENT = {
        "prop_qmswf_reviewOutcome": ["Reject"],
        "prop_qmswf_approvalOutcome": ["Reject"],
        "prop_qmswf_withdrawalOutcome": ["Reject"],
        "prop_qmswf_periodicReviewOutcome": ["NeedsAmendment", "Withdraw"]
    };

    function chosenOutcomeNeedsComment(htmlForm) {
        for (var name in OUTCOMES_NEEDING_COMMENT) {
            if (OUTCOMES_NEEDING_COMMENT.hasOwnProperty(name)) {
                var input = htmlForm.elements[name];
                if (input && input.value) {
                    var outcomes = OUTCOMES_NEEDING_COMMENT[name];
                    for (var i = 0; i < outcomes.length; i++) {
                        if (outcomes[i] === input.value) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    // Share disables the clicked outcome button before it submits (MNT-2196); give the buttons back so the user
    // can answer again once the comment is written.
    function enableOutcomeButtons(htmlForm) {
        if (!window.YAHOO || !YAHOO.widget || !YAHOO.widget.Button) {
            return;
        }
        var spans = YAHOO.util.Dom.getElementsByClassName("yui-button", "span", htmlForm);
        for (var i = 0; i < spans.length; i++) {
            var button = YAHOO.widget.Button.getButton(spans[i].id);
            if (button) {
                button.set("disabled", false);
            }
        }
    }

    var WardQms = window.WardQms = window.WardQms || {};
    WardQms.forms = WardQms.forms || {};
    WardQms.forms.validation = WardQms.forms.validation || {};

    /** Forms-runtime validation handler: false when the chosen outcome needs a comment and the comment is blank. */
    WardQms.forms.validation.commentRequiredForOutcome = function (field, args, event, form, silent, message) {
        var comment = field.value ? String(field.value).replace(/^\s+|\s+$/g, "") : "";
        if (comment.length > 0 || !field.form || !chosenOutcomeNeedsComment(field.form)) {
            return true;
        }
        if (!silent) {
            enableOutcomeButtons(field.form);
        }
        return false;
    };
})();
