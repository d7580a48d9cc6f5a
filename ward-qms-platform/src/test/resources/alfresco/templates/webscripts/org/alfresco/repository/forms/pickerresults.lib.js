/*
 * TEST DOUBLE of the repository's forms picker library (remote-api .../repository/forms/pickerresults.lib.js), the one
 * function the module's picker web script imports, written to its contract: createPersonResult(person) is the person
 * as a picker row — typeShort, isContainer false, displayPath, nodeRef, and properties userName, jobtitle and name,
 * "First Last (userName)".
 */
function createPersonResult(node) {
    var first = node.properties.firstName ? node.properties.firstName + " " : "";
    var last = node.properties.lastName ? node.properties.lastName : "";
    return {
        typeShort: node.typeShort, isContainer: false, displayPath: node.displayPath, nodeRef: "" + node.nodeRef,
        properties: {userName: node.properties.userName, jobtitle: node.properties.jobtitle || "",
            name: first + last + " (" + node.properties.userName + ")"}
    };
}
