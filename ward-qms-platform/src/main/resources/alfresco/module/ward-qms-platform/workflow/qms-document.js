/*
 * Ward QMS — every change the QMS processes make to a document, in one place.
 *
 * Imported by the script listeners of workflow/*.bpmn20.xml with
 *     <import resource="classpath:alfresco/module/ward-qms-platform/workflow/qms-document.js">
 * so each change runs inside the engine transaction of the task completion or process step that causes it:
 * if the change fails, the completion does not happen either.
 *
 * Also imported by the repository behaviour behaviour/qms-draft-privacy.js, which keeps new drafts private.
 *
 * Uses only what the repository gives a workflow script: the process variables (bpm_package,
 * qmswf_decisionLog, ...), `execution`, `task`, and the root objects `people`, `groups` and `siteService`. Nodes
 * are used through the ScriptNode API: properties, hasAspect, addAspect, removeAspect, save, children, parent,
 * copy, assocs, createAssociation, removeAssociation, addNode, removeNode, isSubType, siteShortName, childByNamePath and the permission API
 * (inheritsPermissions, setInheritsPermissions, setPermission, removePermission, getDirectPermissions).
 * Multi-valued properties read as script arrays, dates as script Dates.
 *
 * Each change of a document a process makes is marked as the process's (processChange: ChangeAuthority.enterProcess
 * and leaveProcess around it), so the repository's guards (behaviour/qms-integrity.js) let it through; nothing else may
 * change what these functions change. The marks need Java, which the repository gives the workflows it deploys from
 * the class path (WorkflowDeployer deploys them with full access: ActivitiScriptBase runs their scripts as secure).
 *
 * Errors are thrown in English and Vietnamese, as the engine does not know the user's language.
 */
var qmsDocument = (function () {

    /** States before an issue is in force: only the people working on it see the document. */
    var PRE_ISSUE = ["DRAFT", "IN_REVIEW", "AWAITING_APPROVAL", "APPROVED"];
    var SECRETARY = "GROUP_WARDQMS_SECRETARY";
    /** Who may approve a document, and who may review one (the latter as the deployment's setting says). */
    var APPROVERS = "GROUP_WARDQMS_APPROVERS";
    var REVIEWERS = "GROUP_WARDQMS_REVIEWERS";
    /** The drafts folder the QMS service provisions in the site's document library. */
    var DRAFTS_FOLDER = "Dự thảo";

    function fail(english, vietnamese, detail) {
        throw new Error(english + " — " + vietnamese + (detail === undefined ? "" : ": " + detail));
    }

    /** The one controlled document a QMS process is about. */
    function documentOf(pkg) {
        var items = pkg.children;
        if (items.length != 1 || !items[0].hasAspect("qms:controlled")) {
            fail("A QMS process needs exactly one controlled document in its package",
                 "Quy trình QMS cần đúng một tài liệu được kiểm soát trong gói tài liệu", items.length + " item(s)");
        }
        return items[0];
    }

    function stateOf(doc) {
        return String(doc.properties["qms:lifecycleState"]);
    }

    function requireStateOf(doc, allowed) {
        var state = stateOf(doc);
        for (var i = 0; i < allowed.length; i++) {
            if (allowed[i] == state) {
                return;
            }
        }
        fail("The document is " + state + "; this step needs it " + allowed.join(" or "),
             "Tài liệu đang ở trạng thái " + state + "; bước này cần trạng thái " + allowed.join(" hoặc "),
             doc.name);
    }

    function person(userName) {
        var p = people.getPerson(userName);
        if (p == null) {
            fail("No such user", "Không có người dùng này", userName);
        }
        return p;
    }

    /** Full name as the repository shows it (first name, then last name); the user name if neither is set. */
    function fullName(p) {
        var parts = [];
        if (p.properties["cm:firstName"]) parts.push(String(p.properties["cm:firstName"]));
        if (p.properties["cm:lastName"]) parts.push(String(p.properties["cm:lastName"]));
        return parts.length > 0 ? parts.join(" ") : String(p.properties["cm:userName"]);
    }

    function jobTitle(p) {
        return p.properties["cm:jobtitle"] ? String(p.properties["cm:jobtitle"]) : "";
    }

    function decisions(execution) {
        var log = execution.getVariable("qmswf_decisionLog");
        return log == null ? [] : JSON.parse(String(log));
    }

    /** A text process variable, trimmed; null when it is absent or blank. */
    function textVariable(execution, name) {
        var value = execution.getVariable(name);
        if (value == null) return null;
        var text = String(value).trim();
        return text.length > 0 ? text : null;
    }

    /**
     * Private to the people working on it: no permission inherited from the folder, none set before except the
     * quality secretary group's Coordinator. The owner (its creator) keeps full control through ROLE_OWNER.
     */
    function makePrivate(doc) {
        var direct = doc.getDirectPermissions();
        for (var i = 0; i < direct.length; i++) {
            var entry = String(direct[i]).split(";"); // ALLOWED;authority;permission
            if (entry[1] != SECRETARY || entry[2] != "Coordinator") {
                doc.removePermission(entry[2], entry[1]);
            }
        }
        if (doc.inheritsPermissions()) {
            doc.setInheritsPermissions(false);
        }
        doc.setPermission("Coordinator", SECRETARY);
    }

    function isPreIssue(doc) {
        return PRE_ISSUE.indexOf(stateOf(doc)) >= 0;
    }

    /** The site's drafts folder (Dự thảo), where every draft is made. */
    function draftsFolderOf(doc) {
        var siteName = doc.siteShortName;
        var site = siteName == null ? null : siteService.getSite(siteName);
        var library = site == null ? null : site.getContainer("documentLibrary");
        var drafts = library == null ? null : library.childByNamePath(DRAFTS_FOLDER);
        if (drafts == null) {
            fail("The document's site has no drafts folder '" + DRAFTS_FOLDER + "' in its document library",
                 "Site của tài liệu không có thư mục '" + DRAFTS_FOLDER + "' trong thư viện tài liệu",
                 doc.name + (siteName == null ? "" : " (" + siteName + ")"));
        }
        return drafts;
    }

    /** Lets a person read the document (Consumer), unless they may already. */
    function grantRead(doc, userName) {
        if (userName != null && String(userName).length > 0) {
            doc.setPermission("Consumer", String(userName));
        }
    }

    /** A copy of a multi-valued property's values as a script array (an unset property has none). */
    function valuesOf(node, property) {
        var values = node.properties[property], copy = [];
        if (values != null) {
            for (var i = 0; i < values.length; i++) copy.push(values[i]);
        }
        return copy;
    }

    /** User names of every current member of the groups, nested groups expanded; each once, sorted. */
    function membersOf(groupNames) {
        var seen = {}, names = [];
        for (var g = 0; g < groupNames.length; g++) {
            var group = groups.getGroupForFullAuthorityName(String(groupNames[g]));
            if (group == null) {
                continue; // a group deleted since the document was distributed: nobody left to ask there
            }
            var users = group.getAllUsers();
            for (var u = 0; u < users.length; u++) {
                var name = String(users[u].userName);
                if (!seen.hasOwnProperty(name)) {
                    seen[name] = true;
                    names.push(name);
                }
            }
        }
        return names.sort();
    }

    /** `work` as a function whose changes are the process's own (see above), unmarked again however it ends. */
    function processChange(work) {
        return function () {
            if (typeof Packages == "undefined") {
                fail("The QMS processes must be deployed by the Ward QMS module (their scripts need full access)",
                     "Quy trình QMS phải được triển khai bởi mô-đun Ward QMS (kịch bản cần quyền đầy đủ)");
            }
            var authority = Packages.vn.wardqms.platform.integrity.ChangeAuthority;
            authority.enterProcess();
            try {
                return work.apply(this, arguments);
            } finally {
                authority.leaveProcess();
            }
        };
    }

    /** Whether the user is a member of the group, nested groups included; nobody is of a group that does not exist. */
    function isMember(groupName, userName) {
        return userName != null && membersOf([groupName]).indexOf(String(userName)) >= 0;
    }

    /** The approver in the approvers group; a reviewer in the reviewers group when the deployment requires it. */
    function requireAuthorised(role, userName, reviewersGroupRequired) {
        if (role == "approver" && !isMember(APPROVERS, userName)) {
            fail("The approver must be a member of the approvers group " + APPROVERS,
                 "Người phê duyệt phải là thành viên nhóm người phê duyệt " + APPROVERS, String(userName));
        }
        if (role == "reviewer" && reviewersGroupRequired && !isMember(REVIEWERS, userName)) {
            fail("Each reviewer must be a member of the reviewers group " + REVIEWERS,
                 "Mỗi người xem xét phải là thành viên nhóm người xem xét " + REVIEWERS, String(userName));
        }
    }

    function isTrue(value) {
        return value != null && String(value) == "true";
    }

    function today() {
        var d = new Date();
        d.setHours(0, 0, 0, 0);
        return d;
    }

    return {
        /** Checks the document is in one of the given states. */
        requireState: function (pkg, allowed) {
            requireStateOf(documentOf(pkg), allowed);
        },

        /** Moves the document to `state`, from one of `from`. */
        setState: processChange(function (pkg, state, from) {
            var doc = documentOf(pkg);
            requireStateOf(doc, from);
            doc.properties["qms:lifecycleState"] = state;
            doc.save();
        }),

        /**
         * Approval: the cover table (Soạn thảo / Xem xét / Phê duyệt) from the decision log of the last round —
         * who submitted it, each reviewer who approved it, the approver — with names and job titles as the
         * repository knows them now; state APPROVED; the id of this process.
         */
        markApproved: processChange(function (pkg, execution) {
            var doc = documentOf(pkg);
            requireStateOf(doc, ["AWAITING_APPROVAL"]);
            var log = decisions(execution);
            var round = Number(execution.getVariable("qmswf_round"));
            var submit = null, approval = null, reviews = [];
            for (var i = 0; i < log.length; i++) {
                var e = log[i];
                if (e.round != round) continue;
                if (e.task == "submit") submit = e;
                if (e.task == "reviewTask" && e.outcome == "Approve") reviews.push(e);
                if (e.task == "approveTask" && e.outcome == "Approve") approval = e;
            }
            if (submit == null || approval == null || reviews.length == 0) {
                fail("The decision log does not show a complete approval", "Nhật ký quyết định không thể hiện đủ các bước phê duyệt",
                     "round " + round);
            }
            var drafter = person(submit.user), approver = person(approval.user);
            var reviewers = [], reviewerNames = [], reviewerTitles = [], reviewedOn = [];
            for (var r = 0; r < reviews.length; r++) {
                var reviewer = person(reviews[r].user);
                reviewers.push(reviews[r].user);
                reviewerNames.push(fullName(reviewer));
                reviewerTitles.push(jobTitle(reviewer));
                reviewedOn.push(new Date(reviews[r].at));
            }
            if (!doc.hasAspect("qms:approval")) {
                doc.addAspect("qms:approval");
            }
            doc.properties["qms:drafter"] = submit.user;
            doc.properties["qms:drafterName"] = fullName(drafter);
            doc.properties["qms:drafterJobTitle"] = jobTitle(drafter);
            doc.properties["qms:draftedOn"] = new Date(submit.at);
            doc.properties["qms:reviewers"] = reviewers;
            doc.properties["qms:reviewerNames"] = reviewerNames;
            doc.properties["qms:reviewerJobTitles"] = reviewerTitles;
            doc.properties["qms:reviewedOn"] = reviewedOn;
            doc.properties["qms:approver"] = approval.user;
            doc.properties["qms:approverName"] = fullName(approver);
            doc.properties["qms:approverJobTitle"] = jobTitle(approver);
            doc.properties["qms:approvedOn"] = new Date(approval.at);
            doc.properties["qms:approvalProcessId"] = "activiti$" + execution.getProcessInstanceId();
            // The amendment record (Theo dõi tình trạng sửa đổi) as the drafter gave it; absent or blank stays unset (null).
            doc.properties["qms:changeSummary"] = textVariable(execution, "qmswf_changeSummary");
            doc.properties["qms:changeLocation"] = textVariable(execution, "qmswf_changeLocation");
            doc.properties["qms:lifecycleState"] = "APPROVED";
            doc.save();
        }),

        /** Withdrawal approved: marked for withdrawal (state OBSOLETE, obsolete aspect); the QMS service moves it apart. */
        markWithdrawn: processChange(function (pkg, execution) {
            var doc = documentOf(pkg);
            requireStateOf(doc, ["EFFECTIVE", "APPROVED"]);
            if (!doc.hasAspect("qms:obsolete")) {
                doc.addAspect("qms:obsolete");
            }
            doc.properties["qms:withdrawnOn"] = today();
            doc.properties["qms:withdrawnBy"] = String(execution.getVariable("qmswf_approverUserName"));
            doc.properties["qms:withdrawalReason"] = String(execution.getVariable("qmswf_withdrawalReason"));
            doc.properties["qms:lifecycleState"] = "OBSOLETE";
            doc.save();
        }),

        /** Still valid: review date today, next review one period later. */
        recordPeriodicReview: processChange(function (pkg) {
            var doc = documentOf(pkg);
            requireStateOf(doc, ["EFFECTIVE"]);
            if (!doc.hasAspect("qms:periodicReview")) {
                doc.addAspect("qms:periodicReview");
            }
            var months = Number(doc.properties["qms:reviewPeriodMonths"] || 12);
            var reviewed = today(), next = today();
            next.setMonth(next.getMonth() + months);
            doc.properties["qms:lastReviewedOn"] = reviewed;
            doc.properties["qms:nextReviewDue"] = next;
            doc.save();
        }),

        /**
         * Behaviour (qms:controlled added: a controlled document came into being, created as one or specialised to
         * one by the drafts folder's rule): a document not yet in force is made private at once, in the same
         * transaction. External documents (laws, standards) are not drafts of ours and stay as their folder says.
         */
        controlledDocumentCreated: function (doc) {
            if (!doc.isSubType("qms:controlledDocument") || doc.isSubType("qms:externalDocument") || !isPreIssue(doc)) {
                return;
            }
            makePrivate(doc);
        },

        /**
         * Approval starts: the approver is in the approvers group and each reviewer in the reviewers group (if the
         * deployment requires it), else the process does not start; each of them may read the draft from now on.
         */
        grantReadersOfApproval: function (pkg, execution) {
            var doc = documentOf(pkg);
            var reviewers = execution.getVariable("qmswf_reviewerUserNames");
            var required = isTrue(execution.getVariable("qmswf_reviewersGroupRequired"));
            requireAuthorised("approver", execution.getVariable("qmswf_approverUserName"), required);
            for (var r = 0; r < reviewers.size(); r++) {
                requireAuthorised("reviewer", reviewers.get(r), required);
            }
            for (var i = 0; i < reviewers.size(); i++) {
                grantRead(doc, reviewers.get(i));
            }
            grantRead(doc, execution.getVariable("qmswf_approverUserName"));
        },

        /**
         * A review or approval task given to someone, when it is made and when it is handed on: the new assignee must be
         * in the approvers group (an approval) or the reviewers group (a review, if required), else the assignment is
         * refused and the task stays with whom it was.
         */
        requireAuthorisedAssignee: function (task) {
            var role = String(task.taskDefinitionKey) == "approveTask" ? "approver" : "reviewer";
            requireAuthorised(role, task.assignee, isTrue(task.getVariable("qmswf_reviewersGroupRequired")));
        },

        /** A review or approval task given to someone (also when handed on): they may read the draft. */
        grantReadToAssignee: function (pkg, userName) {
            grantRead(documentOf(pkg), userName);
        },

        /**
         * Read and acknowledge, at the start: only an issue in force is sent round. Records when the request was made
         * and fills the process's recipient list (a Java list made by the start rules) with every current member
         * of the document's distribution groups.
         */
        requestAcknowledgements: processChange(function (pkg, execution) {
            var doc = documentOf(pkg);
            requireStateOf(doc, ["EFFECTIVE"]);
            doc.properties["qms:acknowledgementsRequestedOn"] = new Date();
            doc.save();
            var recipients = execution.getVariable("qmswf_recipientUserNames");
            var names = membersOf(valuesOf(doc, "qms:distributionGroups"));
            for (var i = 0; i < names.length; i++) {
                recipients.add(names[i]);
            }
            execution.setVariable("qmswf_recipientUserNames", recipients);
        }),

        /**
         * One person has read and understood the issue: their user name and the time, appended to the parallel lists
         * qms:acknowledgedBy / qms:acknowledgedOn, once per person. Recorded whatever the document's state now: the
         * person did read it.
         */
        recordAcknowledgement: processChange(function (pkg, userName) {
            var doc = documentOf(pkg);
            var user = String(userName);
            var by = valuesOf(doc, "qms:acknowledgedBy"), on = valuesOf(doc, "qms:acknowledgedOn");
            for (var i = 0; i < by.length; i++) {
                if (String(by[i]) == user) {
                    return;
                }
            }
            by.push(user);
            on.push(new Date());
            doc.properties["qms:acknowledgedBy"] = by;
            doc.properties["qms:acknowledgedOn"] = on;
            doc.save();
        }),

        /**
         * Needs amendment: a new DRAFT copy of the document, made in the site's drafts folder and private like any
         * draft, linked to it by qms:amends, takes the document's place in the package, so the document approval the
         * process calls next is about the draft. The effective document stays as it is until the amendment is
         * approved and issued.
         */
        createAmendment: processChange(function (pkg, execution) {
            var doc = documentOf(pkg);
            requireStateOf(doc, ["EFFECTIVE"]);
            var draft = doc.copy(draftsFolderOf(doc));
            // Before anything else: the copy was made from an issue in force and is readable where it lands.
            makePrivate(draft);
            var drop = ["qms:approval", "qms:obsolete", "qms:periodicReview"];
            for (var i = 0; i < drop.length; i++) {
                if (draft.hasAspect(drop[i])) draft.removeAspect(drop[i]);
            }
            // The copy service copies peer links too: the issue's PDF copy belongs to one issue only, and what the
            // issue amended is not what the draft amends.
            var links = ["qms:issuedCopy", "qms:amends"];
            for (var l = 0; l < links.length; l++) {
                var targets = draft.assocs[links[l]];
                for (var t = 0; targets != null && t < targets.length; t++) {
                    draft.removeAssociation(targets[t], links[l]);
                }
            }
            draft.properties["qms:lifecycleState"] = "DRAFT";
            draft.properties["qms:issueDate"] = null;
            draft.properties["qms:effectiveDate"] = null;
            // The issue's own record (its version, who read it) is not the draft's; its distribution groups are kept.
            draft.properties["qms:issueVersionLabel"] = null;
            draft.properties["qms:acknowledgementsRequestedOn"] = null;
            draft.properties["qms:acknowledgedBy"] = null;
            draft.properties["qms:acknowledgedOn"] = null;
            draft.save();
            draft.createAssociation(doc, "qms:amends");
            pkg.removeNode(doc);
            pkg.addNode(draft);
        })
    };
})();
