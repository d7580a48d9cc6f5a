<import resource="classpath:/alfresco/templates/webscripts/org/alfresco/repository/forms/pickerresults.lib.js">
/*
 * Ward QMS: the members of one QMS group as the forms picker answers (pickerresults.lib.js's createPersonResult, the
 * repository's own), for the approval process's people pickers in Share. Only the groups whose members the engine
 * requires may be asked; disabled accounts are offered as not selectable, as the forms picker does.
 */
var QMS_PICKER_GROUPS = ["GROUP_WARDQMS_APPROVERS", "GROUP_WARDQMS_REVIEWERS"];

function qmsPickerMatches(person, term) {
    if (term.length == 0) return true;
    var p = person.properties;
    var text = [p.userName, p.firstName, p.lastName, (p.firstName || "") + " " + (p.lastName || "")].join("\n").toLowerCase();
    return text.indexOf(term) >= 0;
}

function qmsPickerMain() {
    var groupName = String(url.templateArgs.group);
    if (QMS_PICKER_GROUPS.indexOf(groupName) < 0) {
        status.setCode(400, "Only " + QMS_PICKER_GROUPS.join(" and ") + " may be listed here, not " + groupName
                + " — Chỉ được liệt kê " + QMS_PICKER_GROUPS.join(" và ") + ", không phải " + groupName);
        return;
    }
    var term = args.searchTerm == null ? "" : String(args.searchTerm).replace(/\*/g, "").trim().toLowerCase();
    var size = parseInt(args.size, 10);
    var max = isNaN(size) || size < 1 ? 100 : Math.min(size, 1000);
    var group = groups.getGroupForFullAuthorityName(groupName);
    var users = group == null ? [] : group.getAllUsers();
    var results = [];
    for (var i = 0; i < users.length; i++) {
        var person = people.getPerson(String(users[i].userName));
        if (person == null || !qmsPickerMatches(person, term)) continue;
        results.push({item: createPersonResult(person), selectable: people.isAccountEnabled(String(person.properties.userName))});
    }
    results.sort(function (a, b) {
        return String(a.item.properties.name).toLowerCase() < String(b.item.properties.name).toLowerCase() ? -1 : 1;
    });
    model.results = results.slice(0, max);
}

qmsPickerMain();
