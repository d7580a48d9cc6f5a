/*
 * Ward QMS customisation of Share's start-workflow page (Surf extension module ward-qms-share; runs after Share's own
 * controller, on its model). The document-library actions "start approval", "propose withdrawal" and "start periodic
 * review" open the page with the document in the package and the process they mean (?qmsProcess=activiti$<id>):
 * only that process is offered, and the page opens its start form at once (WardQms.StartWorkflow). A value that is not
 * one of our processes, or a process the user may not see (hidden or not deployed), leaves Share's page as it is.
 */
(function (model, args) {
    var wanted = args == null ? null : args.qmsProcess;
    if (wanted == null || !/^activiti\$qms[A-Za-z]+$/.test(String(wanted)) || model.workflowDefinitions == null) {
        return;
    }
    var only = [];
    for (var i = 0; i < model.workflowDefinitions.length; i++) {
        if (String(model.workflowDefinitions[i].name) == String(wanted)) {
            only.push(model.workflowDefinitions[i]);
        }
    }
    if (only.length != 1) {
        return;
    }
    model.workflowDefinitions = only;
    var widgets = model.widgets || [];
    for (var w = 0; w < widgets.length; w++) {
        if (widgets[w].id == "StartWorkflow") {
            widgets[w].name = "WardQms.StartWorkflow";
            widgets[w].options.workflowDefinitions = only;
        }
    }
})(model, page.url.args);
