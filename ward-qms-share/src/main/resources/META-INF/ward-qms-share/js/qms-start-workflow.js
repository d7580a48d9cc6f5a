/**
 * WardQms.StartWorkflow: Share's start-workflow component that, when a Ward QMS action has named the process (the
 * page's customisation then offers that one only), opens its start form at once instead of waiting for the user to
 * pick the only entry of the menu.
 */
(function () {
    window.WardQms = window.WardQms || {};

    WardQms.StartWorkflow = function WardQmsStartWorkflow_constructor(htmlId) {
        WardQms.StartWorkflow.superclass.constructor.call(this, htmlId);
        this.name = "WardQms.StartWorkflow";
        Alfresco.util.ComponentManager.reregister(this);
        return this;
    };

    YAHOO.extend(WardQms.StartWorkflow, Alfresco.component.StartWorkflow, {
        onReady: function WardQmsStartWorkflow_onReady() {
            var ready = WardQms.StartWorkflow.superclass.onReady.call(this);
            if (this.options.workflowDefinitions && this.options.workflowDefinitions.length === 1) {
                // As a click on the menu's first item: Share labels the button and loads that process's start form.
                this.onWorkflowSelectChange("click", [null, {index: 0}]);
            }
            return ready;
        }
    });
})();
