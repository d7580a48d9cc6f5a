<import resource="classpath:alfresco/module/ward-qms-platform/behaviour/qms-records.js">
/*
 * Ward QMS — who may change what only the QMS processes and the QMS service change, in one place (docs/model.md,
 * "Who may change what"). Imported by the guard behaviours bound in context/integrity-context.xml, one per script.
 *
 * A document's lifecycle, issue and approval table, its review and acknowledgement record, a record's retention and
 * disposition, a disposition decision's state (and, once it is being carried out, what it decides), and the links
 * qms:amends, qms:supersededBy and qms:decisionCovers change only:
 *   - inside the module's workflow scripts (workflow/qms-document.js marks its changes: ChangeAuthority.enterProcess),
 *   - for the QMS service's account (the setting ward-qms.integrity.service-account),
 *   - for an administrator, and then every such change is written to the records audit register (ADMIN_CHANGE,
 *     what changed from what to what) in the same transaction: if the entry cannot be written, nothing changes.
 * Anybody else — the owner, a Coordinator, a Collaborator — is refused, and the whole change is rolled back.
 * A property that goes from unset to its default (DRAFT, RECORDED, ACTIVE, false), as the node service fills in a new
 * node or an added aspect, is nobody's change and always passes.
 *
 * The user is the one the repository authenticated (AuthenticationUtil.getFullyAuthenticatedUser), whatever runAs is
 * in force; an administrator is one the authority service says is (ScriptPeople.isAdmin).
 */
var qmsIntegrity = (function () {

    var QMS = "{http://wardqms.vn/model/qms/1.0}";
    var support = qmsRecords.support;

    function qms(names) {
        var full = [];
        for (var i = 0; i < names.length; i++) full.push(QMS + names[i]);
        return full;
    }

    /** A controlled document's lifecycle and issue, the cover table, its review and who read it. */
    var DOCUMENT = qms(["lifecycleState", "documentCode", "issueNumber", "revision", "issueDate", "effectiveDate", "issueVersionLabel",
        "drafter", "drafterName", "drafterJobTitle", "draftedOn", "reviewers", "reviewerNames", "reviewerJobTitles", "reviewedOn",
        "approver", "approverName", "approverJobTitle", "approvedOn", "approvalProcessId", "changeSummary", "changeLocation",
        "withdrawnOn", "withdrawnBy", "withdrawalReason", "lastReviewedOn", "nextReviewDue",
        "acknowledgementsRequestedOn", "acknowledgedBy", "acknowledgedOn"]);

    /** An external document's (a law's, a standard's) own number and dates, which staff copy from it. */
    var EXTERNAL_OWN = qms(["documentCode", "issueDate", "effectiveDate"]);

    /** What the retention schedule and disposition set on a record or a file. */
    var RETENTION = qms(["retentionYears", "retentionPermanent", "retentionStart", "retainUntil", "dispositionAction",
        "retentionTrigger", "dispositionStatus"]);

    /** A record type is chosen while the file is open; once it is closed, it decides the retention and is fixed. */
    var RECORD_TYPE = QMS + "recordTypeCode";

    /** What a decision decides; fixed once it is being carried out (no longer RECORDED). */
    var DECISION_CONTENT = qms(["decisionNumber", "decisionDate", "decisionSignerName", "decisionSignerTitle", "decisionAuthority",
        "councilMembers", "decisionFileCodes", "decisionAction"]);
    var DECISION_STATE = QMS + "decisionState";

    /** A destruction dossier document: fixed, like its decision, once a decision it belongs to is no longer RECORDED. */
    var DOSSIER_CONTENT = qms(["dossierPart", "dossierNumber", "dossierDate", "dossierIssuer", "dossierOutcome", "dossierAttendees"]);
    var DOSSIER = QMS + "decisionDossier";

    /** The defaults the model gives (qmsModel.xml): unset → default is the node service filling in, not a change. */
    var DEFAULTS = {};
    DEFAULTS[QMS + "lifecycleState"] = "DRAFT";
    DEFAULTS[QMS + "decisionState"] = "RECORDED";
    DEFAULTS[QMS + "dispositionStatus"] = "ACTIVE";
    DEFAULTS[QMS + "retentionPermanent"] = "false";

    var LINKS = {};
    LINKS[QMS + "amends"] = {en: "the amendment link (qms:amends)", vi: "liên kết sửa đổi (qms:amends)"};
    LINKS[QMS + "supersededBy"] = {en: "the superseding link (qms:supersededBy)", vi: "liên kết thay thế (qms:supersededBy)"};
    LINKS[QMS + "decisionCovers"] = {en: "the files a decision covers (qms:decisionCovers)", vi: "các tập hồ sơ quyết định áp dụng (qms:decisionCovers)"};
    LINKS[QMS + "decisionDossier"] = {en: "the destruction dossier of a decision being or having been carried out (qms:decisionDossier)",
        vi: "hồ sơ hủy tài liệu của quyết định đang hoặc đã được thực hiện (qms:decisionDossier)"};

    function authority() {
        return Packages.vn.wardqms.platform.integrity.ChangeAuthority;
    }

    /** "process", "service" or "admin": why the change may be made; null if it may not. */
    function allowedAs(user) {
        if (authority().isProcessChange()) return "process";
        if (authority().isServiceAccount(user)) return "service";
        var person = user == null ? null : people.getPerson(user);
        if (person != null && people.isAdmin(person)) return "admin";
        return null;
    }

    /** The guarded names among `changed` whose change is more than unset → default. */
    function guardedChanges(changed, guarded, before, after) {
        var result = [];
        for (var i = 0; i < changed.length; i++) {
            var name = changed[i];
            if (!support.contains(guarded, name)) continue;
            var was = support.text(before[name]), now = support.text(after[name]);
            if (was == null && DEFAULTS.hasOwnProperty(name) && now == DEFAULTS[name]) continue;
            result.push(name);
        }
        return result;
    }

    function show(value) {
        if (value == null) return "∅";
        if (value instanceof Date) return value.toISOString();
        if (value.getTime && typeof value.getTime == "function") return new Date(value.getTime()).toISOString();
        return String(value);
    }

    /** "qms:lifecycleState: DRAFT → APPROVED; qms:approvedOn: ∅ → 2026-…", for the audit register. */
    function describeChanges(names, before, after) {
        var parts = [];
        for (var i = 0; i < names.length; i++) {
            parts.push(support.shortName(names[i]) + ": " + show(before[names[i]]) + " → " + show(after[names[i]]));
        }
        return parts.join("; ");
    }

    /** Refuses the change, or lets it pass (an administrator's written to the audit register first). */
    function decide(node, what, detail) {
        var user = support.currentUser();
        var as = allowedAs(user);
        if (as == "admin") {
            support.writeEntry(node, "ADMIN_CHANGE", user, new Date(), what.en + ": " + detail,
                {en: "the administrator's change", vi: "thay đổi của quản trị viên"});
            return;
        }
        if (as != null) return;
        support.fail("You may not change " + what.en + " of '" + node.name + "': only the QMS processes and the QMS service do"
                + " (" + (user == null ? "nobody signed in" : user) + ")",
             "Bạn không được thay đổi " + what.vi + " của '" + node.name + "': chỉ quy trình QMS và dịch vụ QMS được thay đổi"
                + " (" + (user == null ? "chưa đăng nhập" : user) + ")",
             detail);
    }

    function propertiesChanged(node, beforeMap, afterMap, guarded, what) {
        var before = support.propertyValues(beforeMap), after = support.propertyValues(afterMap);
        var names = guardedChanges(support.changedProperties(beforeMap, afterMap), guarded, before, after);
        if (names.length > 0) {
            decide(node, {en: what.en + " (" + support.shortNames(names) + ")", vi: what.vi + " (" + support.shortNames(names) + ")"},
                describeChanges(names, before, after));
        }
    }

    /** A decision's state that is still RECORDED (a new decision has none yet). */
    function recordedState(value) {
        var state = support.text(value);
        return state == null || state == "RECORDED";
    }

    /** A decision still RECORDED: what it decides, and its dossier, are still the secretary's to complete. */
    function isRecorded(decision) {
        return recordedState(decision.properties[support.shortName(DECISION_STATE)]);
    }

    /** The decisions of a dossier document that are no longer RECORDED: they fix it. */
    function fixingDecisions(doc) {
        var sources = doc.sourceAssocs[support.shortName(DOSSIER)], fixing = [];
        for (var i = 0; sources != null && i < sources.length; i++) {
            if (!isRecorded(sources[i])) fixing.push(String(sources[i].name));
        }
        return fixing;
    }

    /** A link of the node being deleted goes with it: the deletion is governed by the rules on deleting. */
    function goesWithDeletion(assoc) {
        return assoc.source.hasAspect("sys:pendingDelete") || assoc.target.hasAspect("sys:pendingDelete");
    }

    return {
        /** onUpdateProperties of qms:controlled: lifecycle, issue, approval table, review, acknowledgements. */
        documentPropertiesUpdated: function (node, before, after) {
            var guarded = node.isSubType("qms:externalDocument") ? DOCUMENT.filter(function (n) { return !support.contains(EXTERNAL_OWN, n); }) : DOCUMENT;
            propertiesChanged(node, before, after, guarded,
                {en: "the lifecycle, issue or approval record", vi: "trạng thái, lần ban hành hoặc hồ sơ phê duyệt"});
        },

        /** onUpdateProperties of qms:retention: retention and disposition; the record type too once the file is closed. */
        retentionPropertiesUpdated: function (node, before, after) {
            var file = support.fileOf(node);
            var guarded = support.isClosed(file) ? RETENTION.concat([RECORD_TYPE]) : RETENTION;
            propertiesChanged(node, before, after, guarded,
                {en: "the retention or disposition", vi: "thời hạn lưu trữ hoặc việc xử lý"});
        },

        /** onUpdateProperties of qms:dispositionDecision: its state always; what it decides once it is no longer RECORDED. */
        decisionPropertiesUpdated: function (node, beforeMap, afterMap) {
            var before = support.propertyValues(beforeMap);
            var recorded = recordedState(before[DECISION_STATE]);
            propertiesChanged(node, beforeMap, afterMap, recorded ? [DECISION_STATE] : DECISION_CONTENT.concat([DECISION_STATE]),
                {en: "the disposition decision", vi: "quyết định xử lý tài liệu"});
        },

        /**
         * onUpdateProperties, onContentUpdate and beforeDeleteNode of qms:dossierDocument: a document of the dossier of a
         * decision being or having been carried out is kept as it was decided on.
         */
        dossierDocumentTouched: function (policy, args) {
            var doc = args[0];
            var fixing = fixingDecisions(doc);
            if (fixing.length == 0) return;
            var what = {en: "a document of the destruction dossier of " + fixing.join(", "), vi: "văn bản trong hồ sơ hủy tài liệu của " + fixing.join(", ")};
            if (policy == "onUpdateProperties") {
                propertiesChanged(doc, args[1], args[2], DOSSIER_CONTENT, what);
            } else if (policy == "onContentUpdate") {
                decide(doc, {en: what.en + " (its content)", vi: what.vi + " (nội dung)"}, "content replaced");
            } else if (policy == "beforeDeleteNode") {
                decide(doc, {en: what.en + " (deleting it)", vi: what.vi + " (xóa)"}, "deleted");
            }
        },

        /** onCreateAssociation / onDeleteAssociation of qms:amends, qms:supersededBy, qms:decisionCovers, qms:decisionDossier. */
        linkChanged: function (policy, assoc) {
            if (policy == "onDeleteAssociation" && goesWithDeletion(assoc)) return;
            var link = LINKS[String(assoc.type)];
            if (link == null) return;
            if (String(assoc.type) == DOSSIER && isRecorded(assoc.source)) return;
            var made = policy == "onCreateAssociation";
            decide(assoc.source, link, (made ? "+ " : "− ") + "'" + assoc.target.name + "'");
        }
    };
})();
