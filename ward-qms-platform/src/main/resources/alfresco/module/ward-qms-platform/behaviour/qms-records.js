/*
 * Ward QMS — the records rules the repository enforces, in one place (issue 7; docs/model.md, "What the repository
 * enforces"). Imported by the behaviour scripts bound in context/records-behaviour-context.xml, one rule per script:
 *     <import resource="classpath:alfresco/module/ward-qms-platform/behaviour/qms-records.js">
 * Each runs in the transaction of the change that fired it, as the user making it: a rule that fails throws, and the
 * whole change is rolled back with the message (the policy proxies rethrow the script's exception:
 * repository/src/main/java/org/alfresco/repo/policy/PolicyFactory.java; ScriptServiceImpl wraps it in a ScriptException
 * whose message carries ours). The rules bind everybody, administrators and the QMS service included; the one way to
 * delete a closed file is disposition under an competent person's destruction decision being carried out. They reach everything in
 * a closed file, in its subfolders too: the content, properties, move and delete rules are bound to cm:cmobject and
 * the children rule to cm:folder, and each first asks whether the node is in a closed file (fileOf walks up).
 * Who may change a record's retention and disposition at all is qms-integrity.js's rule.
 *
 * What a behaviour script gets (org.alfresco.repo.jscript.ScriptBehaviour, Behaviour.getArgs and ValueConverter): a
 * NodeRef argument becomes a node (ScriptNode), a QName its "{uri}local" string, a ChildAssociationRef a ChildAssociation
 * (parent, child, type, name, isPrimary()), a boolean stays a boolean, and a Map<QName, Serializable> (the property
 * maps of onUpdateProperties) is left as it is, which the repository's wrap factory shows to a classpath script as a
 * NativeMap (RhinoScriptProcessor.RhinoWrapFactory): see propertyValues below.
 * Root objects: behaviour (name = the policy's method, args), siteService, groups, people, and Java (classpath scripts are secure:
 * ClasspathScriptLocation.isSecure() is true, and RhinoScriptProcessor runs secure scripts in an ImporterTopLevel).
 *
 * Errors are thrown in English and Vietnamese, as qms-document.js does: "English — Tiếng Việt: detail".
 */
var qmsRecords = (function () {

    var QMS = "{http://wardqms.vn/model/qms/1.0}";
    var CM = "{http://www.alfresco.org/model/content/1.0}";
    var SYS = "{http://www.alfresco.org/model/system/1.0}";

    /** The site folder the QMS service provisions for its own data, and the records audit register inside it. */
    var SYSTEM_DATA = "Dữ liệu hệ thống QMS";
    var REGISTER = "Sổ theo dõi hồ sơ";

    /**
     * What the repository itself changes on an update (cm:auditable stamps, thumbnail time, the sys: namespace), and
     * cm:content, which the content rules (onContentUpdate) govern. Never a change of the user's.
     */
    var MAINTAINED = [CM + "modified", CM + "modifier", CM + "accessed", CM + "lastThumbnailModification", CM + "content"];

    /** What may still change on a record whose file is closed: its retention and disposition, and a legal hold. */
    var RECORD_CHANGEABLE = [QMS + "retentionStart", QMS + "retainUntil", QMS + "retentionTrigger", QMS + "dispositionAction",
        QMS + "dispositionStatus", QMS + "retentionYears", QMS + "retentionPermanent", QMS + "recordTypeCode",
        QMS + "holdReason", QMS + "holdPlacedBy", QMS + "holdPlacedOn"];

    /** The competent person's decisions live in Hồ sơ/Xác định giá trị tài liệu of the site's document library. */
    var RECORDS_AREA = "Hồ sơ";
    var APPRAISAL = "Xác định giá trị tài liệu";
    /** Who records the council's decisions. */
    var SECRETARY = "GROUP_WARDQMS_SECRETARY";

    /** What identifies a file in the file list (Danh mục hồ sơ); fixed once it is closed. */
    var FILE_IDENTITY = [QMS + "fileCode", QMS + "fileYear", QMS + "fileCreator", CM + "name", CM + "title"];

    function fail(english, vietnamese, detail) {
        throw new Error(english + " — " + vietnamese + (detail === undefined ? "" : ": " + detail));
    }

    function contains(list, item) {
        for (var i = 0; i < list.length; i++) {
            if (list[i] == item) return true;
        }
        return false;
    }

    function text(value) {
        return value == null ? null : String(value);
    }

    function blank(value) {
        return value == null || String(value).trim().length == 0;
    }

    /**
     * The values of an onUpdateProperties map by full QName ("{uri}local"). The map's keys are QNames, so it cannot be
     * read by name: Object.keys lists them as strings (Rhino's Object.keys turns every id to a string), and the value at
     * position i is the i-th of the map's values (NativeMap.get(int) walks values() in the order keySet() has).
     * A null map (no properties) has none.
     */
    function propertyValues(map) {
        var values = {};
        if (map == null) return values;
        var keys = Object.keys(map);
        for (var i = 0; i < keys.length; i++) {
            values[String(keys[i])] = map[i];
        }
        return values;
    }

    function isMaintained(name) {
        return name.indexOf(SYS) == 0 || contains(MAINTAINED, name);
    }

    /** The properties an update really changed (full QNames, sorted), leaving out what the repository maintains. */
    function changedProperties(beforeMap, afterMap) {
        var before = propertyValues(beforeMap), after = propertyValues(afterMap), names = {}, changed = [];
        for (var b in before) names[b] = true;
        for (var a in after) names[a] = true;
        for (var name in names) {
            if (!isMaintained(name) && text(before[name]) !== text(after[name])) {
                changed.push(name);
            }
        }
        return changed.sort();
    }

    /** "qms:fileCode" for "{http://wardqms.vn/model/qms/1.0}fileCode", as users see names in messages. */
    function shortName(name) {
        if (name.indexOf(QMS) == 0) return "qms:" + name.substring(QMS.length);
        if (name.indexOf(CM) == 0) return "cm:" + name.substring(CM.length);
        return name;
    }

    function shortNames(names) {
        var result = [];
        for (var i = 0; i < names.length; i++) result.push(shortName(names[i]));
        return result.join(", ");
    }

    function isFile(node) {
        return node != null && node.isSubType("qms:recordFolder");
    }

    /** The file a node is or is in: itself if it is a record file, else the nearest record file above it; null if none. */
    function fileOf(node) {
        for (var n = node; n != null; n = n.parent) {
            if (isFile(n)) return n;
        }
        return null;
    }

    function same(a, b) {
        return a != null && b != null && String(a.nodeRef) == String(b.nodeRef);
    }

    /** The closed file the node is inside (not the file itself), or null. */
    function closedFileAround(node) {
        var file = fileOf(node);
        return isClosed(file) && !same(file, node) ? file : null;
    }

    function isClosed(file) {
        return file != null && text(file.properties["qms:fileState"]) == "CLOSED";
    }

    function fileCode(file) {
        return text(file.properties["qms:fileCode"]);
    }

    /** How a node is named in a message: the file by its code, a record with its file. */
    function describe(node) {
        var file = fileOf(node);
        if (file != null && String(file.nodeRef) == String(node.nodeRef)) {
            return {en: "record file " + fileCode(file), vi: "tập hồ sơ " + fileCode(file)};
        }
        if (file != null) {
            return {en: "record '" + node.name + "' of file " + fileCode(file), vi: "hồ sơ '" + node.name + "' trong tập hồ sơ " + fileCode(file)};
        }
        return {en: "'" + node.name + "'", vi: "'" + node.name + "'"};
    }

    /** The first node on legal hold among the node and everything in it, subfolders included, or null. */
    function holdIn(node) {
        if (node.hasAspect("qms:legalHold")) return node;
        var children = node.children;
        for (var i = 0; i < children.length; i++) {
            var held = holdIn(children[i]);
            if (held != null) return held;
        }
        return null;
    }

    function valuesOf(node, property) {
        var values = node.properties[property], result = [];
        for (var i = 0; values != null && i < values.length; i++) result.push(String(values[i]));
        return result;
    }

    /** Whether the decision sits in Hồ sơ/Xác định giá trị tài liệu of the file's own site. */
    function inAppraisalFolder(decision, file) {
        var folder = decision.parent, area = folder == null ? null : folder.parent;
        var library = area == null ? null : area.parent;
        return folder != null && String(folder.name) == APPRAISAL && area != null && String(area.name) == RECORDS_AREA
                && library != null && String(library.name) == "documentLibrary"
                && decision.siteShortName != null && String(decision.siteShortName) == String(file.siteShortName);
    }

    function isSecretary(userName) {
        var group = groups.getGroupForFullAuthorityName(SECRETARY);
        var users = group == null ? [] : group.getAllUsers();
        for (var i = 0; i < users.length; i++) {
            if (String(users[i].userName) == String(userName)) return true;
        }
        return false;
    }

    /**
     * Why no decision lets the file be destroyed now, or null if one does: a qms:dispositionDecision that covers the
     * file (qms:decisionCovers), to DESTROY, being carried out (EXECUTING), listing the file's code
     * (qms:decisionFileCodes), recorded in Xác định giá trị tài liệu by a member of the quality secretary group.
     */
    function destructionRefusal(file) {
        var sources = file.sourceAssocs["qms:decisionCovers"], code = fileCode(file), en = [], vi = [];
        for (var i = 0; sources != null && i < sources.length; i++) {
            var decision = sources[i], number = text(decision.properties["qms:decisionNumber"]) || String(decision.name);
            var state = text(decision.properties["qms:decisionState"]), creator = text(decision.properties["cm:creator"]);
            if (!decision.isSubType("qms:dispositionDecision") || text(decision.properties["qms:decisionAction"]) != "DESTROY") {
                continue;
            }
            if (state != "EXECUTING") {
                en.push("decision " + number + " is " + state + ", not being carried out (EXECUTING)");
                vi.push("quyết định " + number + " đang ở trạng thái " + state + ", chưa được thực hiện (EXECUTING)");
            } else if (valuesOf(decision, "qms:decisionFileCodes").indexOf(code) < 0) {
                en.push("decision " + number + " does not list file code " + code + " (qms:decisionFileCodes)");
                vi.push("quyết định " + number + " không ghi mã tập hồ sơ " + code + " (qms:decisionFileCodes)");
            } else if (!inAppraisalFolder(decision, file)) {
                en.push("decision " + number + " is not in '" + RECORDS_AREA + "/" + APPRAISAL + "' of the file's site");
                vi.push("quyết định " + number + " không nằm trong '" + RECORDS_AREA + "/" + APPRAISAL + "' của site");
            } else if (!isSecretary(creator)) {
                en.push("decision " + number + " was not recorded by the quality secretary group (" + creator + ")");
                vi.push("quyết định " + number + " không do Thư ký ISO ghi nhận (" + creator + ")");
            } else {
                return null;
            }
        }
        if (en.length == 0) {
            return {en: "no decision of the competent person to DESTROY covers it", vi: "không có quyết định hủy tài liệu của người có thẩm quyền áp dụng cho tập hồ sơ này"};
        }
        return {en: en.join("; "), vi: vi.join("; ")};
    }

    /**
     * The user the repository authenticated (runAs does not change it). A behaviour script has no `person`; this is
     * AuthenticationUtil.getFullyAuthenticatedUser() (data-model/src/main/java/org/alfresco/repo/security/authentication/
     * AuthenticationUtil.java), reachable from a secure classpath script.
     */
    function currentUser() {
        return text(Packages.org.alfresco.repo.security.authentication.AuthenticationUtil.getFullyAuthenticatedUser());
    }

    /** "10 năm", "Vĩnh viễn", as the file list (Danh mục hồ sơ) shows a retention period; null if none is set. */
    function retentionText(node) {
        if (node.properties["qms:retentionPermanent"] == true || text(node.properties["qms:retentionPermanent"]) == "true") return "Vĩnh viễn";
        var years = node.properties["qms:retentionYears"];
        return years == null ? null : Number(years) + " năm";
    }

    function countRecords(file) {
        var children = file.children, count = 0;
        for (var i = 0; i < children.length; i++) {
            if (children[i].isSubType("qms:record")) count++;
        }
        return count;
    }

    /**
     * The records audit register of the node's site, Dữ liệu hệ thống QMS/Sổ theo dõi hồ sơ in its document library;
     * the register folder is made if it is missing, the system data folder must exist.
     */
    function registerOf(node, what) {
        var siteName = node.siteShortName;
        var site = siteName == null ? null : siteService.getSite(siteName);
        var library = site == null ? null : site.getContainer("documentLibrary");
        var systemData = library == null ? null : library.childByNamePath(SYSTEM_DATA);
        if (systemData == null) {
            fail("Cannot record " + what.en + " in the records audit register: "
                    + (siteName == null ? "the node is in no site" : "site '" + siteName + "' has no folder '" + SYSTEM_DATA + "' in its document library"),
                 "Không ghi được " + what.vi + " vào Sổ theo dõi hồ sơ: "
                    + (siteName == null ? "tài liệu không thuộc site nào" : "site '" + siteName + "' không có thư mục '" + SYSTEM_DATA + "' trong thư viện tài liệu"),
                 node.name);
        }
        var register = systemData.childByNamePath(REGISTER);
        if (register == null) {
            if (!systemData.hasPermission("AddChildren")) {
                fail("Cannot record " + what.en + ": you may not create the records audit register '" + SYSTEM_DATA + "/" + REGISTER + "'",
                     "Không ghi được " + what.vi + ": bạn không có quyền tạo Sổ theo dõi hồ sơ '" + SYSTEM_DATA + "/" + REGISTER + "'",
                     node.name);
            }
            register = systemData.createFolder(REGISTER);
        }
        if (!register.hasPermission("AddChildren")) {
            fail("Cannot record " + what.en + ": you may not write to the records audit register '" + SYSTEM_DATA + "/" + REGISTER + "'",
                 "Không ghi được " + what.vi + ": bạn không có quyền ghi vào Sổ theo dõi hồ sơ '" + SYSTEM_DATA + "/" + REGISTER + "'",
                 node.name);
        }
        return register;
    }

    function twoDigits(n, width) {
        var s = String(n);
        while (s.length < (width || 2)) s = "0" + s;
        return s;
    }

    /** A name no other entry of the register has: event, file code, time (UTC, to the millisecond), the node's id. */
    function entryName(register, event, code, at, id) {
        var stamp = at.getUTCFullYear() + "-" + twoDigits(at.getUTCMonth() + 1) + "-" + twoDigits(at.getUTCDate()) + "T"
                + twoDigits(at.getUTCHours()) + "-" + twoDigits(at.getUTCMinutes()) + "-" + twoDigits(at.getUTCSeconds())
                + "-" + twoDigits(at.getUTCMilliseconds(), 3) + "Z";
        var base = event + " " + (code == null ? "" : code.replace(/[*"<>\\\/?:|]/g, "_") + " ") + stamp + " " + id.substring(0, 8);
        var name = base;
        for (var n = 2; register.childByNamePath(name) != null; n++) {
            name = base + " (" + n + ")";
        }
        return name;
    }

    /** One entry of the records audit register about `node`, written in this transaction. */
    function writeEntry(node, event, by, at, detail, what) {
        var register = registerOf(node, what);
        var file = fileOf(node);
        var code = file == null ? null : fileCode(file);
        var title = blank(node.properties["cm:title"]) ? String(node.name) : String(node.properties["cm:title"]);
        var props = {};
        props["qms:auditEvent"] = event;
        props["qms:auditSubjectId"] = String(node.id);
        if (code != null) props["qms:auditFileCode"] = code;
        props["qms:auditTitle"] = title;
        if (file != null && file.properties["qms:fileYear"] != null) props["qms:auditFileYear"] = Number(file.properties["qms:fileYear"]);
        var typeCode = node.properties["qms:recordTypeCode"] != null ? node.properties["qms:recordTypeCode"]
                : (file == null ? null : file.properties["qms:recordTypeCode"]);
        if (typeCode != null) props["qms:auditRecordTypeCode"] = String(typeCode);
        var retention = retentionText(file != null ? file : node);
        if (retention != null) props["qms:auditRetention"] = retention;
        if (isFile(node)) props["qms:auditRecordCount"] = countRecords(node);
        props["qms:auditAt"] = at;
        props["qms:auditBy"] = by;
        if (detail != null) props["qms:auditDetail"] = detail;
        return register.createNode(entryName(register, event, code, at, String(node.id)), "qms:auditEntry", props);
    }

    return {
        /** What the other behaviours of the module (qms-integrity.js) use of these rules. */
        support: {
            fail: fail, contains: contains, text: text, propertyValues: propertyValues, changedProperties: changedProperties,
            shortName: shortName, shortNames: shortNames, fileOf: fileOf, isClosed: isClosed, currentUser: currentUser,
            writeEntry: writeEntry
        },

        /** onContentUpdate of anything in a closed file, subfolders included: never. */
        recordContentUpdated: function (record) {
            var file = closedFileAround(record);
            if (file != null) {
                fail("The content of record '" + record.name + "' cannot be changed: its file " + fileCode(file) + " is closed",
                     "Không được thay đổi nội dung hồ sơ '" + record.name + "': tập hồ sơ " + fileCode(file) + " đã đóng");
            }
        },

        /** onUpdateProperties of anything in a closed file: only retention, disposition and legal hold change. */
        recordPropertiesUpdated: function (record, before, after) {
            var file = closedFileAround(record);
            if (file == null) return;
            var refused = [], changed = changedProperties(before, after);
            for (var i = 0; i < changed.length; i++) {
                if (!contains(RECORD_CHANGEABLE, changed[i])) refused.push(changed[i]);
            }
            if (refused.length > 0) {
                var name = text(propertyValues(before)[CM + "name"]) || String(record.name); // as it was, if renamed
                fail("Record '" + name + "' of file " + fileCode(file) + " cannot be changed (" + shortNames(refused)
                        + "): the file is closed; only its retention, disposition and legal hold may change",
                     "Không được thay đổi hồ sơ '" + name + "' trong tập hồ sơ " + fileCode(file) + " (" + shortNames(refused)
                        + "): tập hồ sơ đã đóng; chỉ được thay đổi thời hạn lưu trữ, xử lý và tạm giữ pháp lý");
            }
        },

        /**
         * onMoveNode of anything: a closed file stays where it is, nothing in it moves (out of it or inside it), and an
         * entry of the records audit register stays in the register.
         */
        recordMoved: function (oldAssoc, newAssoc) {
            var from = oldAssoc.parent, to = newAssoc.parent, node = newAssoc.child;
            if (same(from, to)) return; // a rename: the property rules decide
            if (node.isSubType("qms:auditEntry")) {
                fail("Entry '" + node.name + "' of the records audit register cannot be moved: the register keeps every entry where it was written",
                     "Không được chuyển mục '" + node.name + "' của Sổ theo dõi hồ sơ: sổ giữ nguyên mọi mục đã ghi");
            }
            if (isFile(node) && isClosed(node)) {
                fail("File " + fileCode(node) + " cannot be moved: it is closed",
                     "Không được chuyển tập hồ sơ " + fileCode(node) + ": tập hồ sơ đã đóng");
            }
            var file = fileOf(from);
            if (isClosed(file)) {
                fail("Record '" + node.name + "' cannot be moved out of file " + fileCode(file) + ": the file is closed",
                     "Không được chuyển hồ sơ '" + node.name + "' ra khỏi tập hồ sơ " + fileCode(file) + ": tập hồ sơ đã đóng");
            }
        },

        /** onCreateChildAssociation of a folder: nothing is added to a closed file or a folder in it (made, moved or linked into it). */
        childAdded: function (assoc) {
            var file = fileOf(assoc.parent);
            if (isClosed(file)) {
                fail("Nothing can be added to file " + fileCode(file) + ": the file is closed ('" + assoc.child.name + "' refused)",
                     "Không được thêm vào tập hồ sơ " + fileCode(file) + ": tập hồ sơ đã đóng (không nhận '" + assoc.child.name + "')");
            }
        },

        /** onUpdateProperties of a qms:recordFolder: a closed file stays closed, and what identifies it stays as it is. */
        filePropertiesUpdated: function (file, before, after) {
            var was = propertyValues(before), now = propertyValues(after);
            if (text(was[QMS + "fileState"]) != "CLOSED") return;
            var code = text(was[QMS + "fileCode"]);
            if (text(now[QMS + "fileState"]) != "CLOSED") {
                fail("File " + code + " is closed and cannot be reopened (qms:fileState CLOSED → " + text(now[QMS + "fileState"]) + ")",
                     "Tập hồ sơ " + code + " đã đóng, không được mở lại (qms:fileState CLOSED → " + text(now[QMS + "fileState"]) + ")");
            }
            var refused = [], changed = changedProperties(before, after);
            for (var i = 0; i < changed.length; i++) {
                if (contains(FILE_IDENTITY, changed[i])) refused.push(changed[i]);
            }
            if (refused.length > 0) {
                fail("What identifies file " + code + " cannot be changed (" + shortNames(refused) + "): the file is closed",
                     "Không được thay đổi thông tin nhận biết của tập hồ sơ " + code + " (" + shortNames(refused) + "): tập hồ sơ đã đóng");
            }
        },

        /**
         * beforeDeleteNode of anything: a closed file, and what is in it, go only by disposition — the file
         * COUNCIL_APPROVED, an competent person's destruction decision to destroy it being carried out (destructionRefusal), and no
         * hold on the file or anything in it (checked here, in the deleting transaction, so a hold placed during a
         * disposition run wins).
         */
        deleteRequested: function (node) {
            var file = fileOf(node);
            if (!isClosed(file)) return;
            var it = describe(node), code = fileCode(file);
            var status = text(file.properties["qms:dispositionStatus"]);
            if (status != "COUNCIL_APPROVED") {
                fail("Deleting " + it.en + " is refused: file " + code + " is closed and its disposition status is " + status
                        + ", not COUNCIL_APPROVED (decided by the competent person)",
                     "Không được xóa " + it.vi + ": tập hồ sơ " + code + " đã đóng và tình trạng xử lý là " + status
                        + ", chưa phải COUNCIL_APPROVED (Đã có quyết định của người có thẩm quyền)");
            }
            var refusal = destructionRefusal(file);
            if (refusal != null) {
                fail("Deleting " + it.en + " is refused: file " + code + " is closed and " + refusal.en,
                     "Không được xóa " + it.vi + ": tập hồ sơ " + code + " đã đóng và " + refusal.vi);
            }
            var held = holdIn(file);
            if (held != null) {
                var h = describe(held), reason = text(held.properties["qms:holdReason"]);
                fail("Deleting " + it.en + " is refused: file " + code + " is on legal hold (" + h.en + ": " + reason + ")",
                     "Không được xóa " + it.vi + ": tập hồ sơ " + code + " đang bị tạm giữ pháp lý (" + h.vi + ": " + reason + ")");
            }
        },

        /** beforeDeleteNode of anything on qms:legalHold: never, open file or not. */
        heldDeleteRequested: function (node) {
            var it = describe(node), reason = text(node.properties["qms:holdReason"]);
            fail("Deleting " + it.en + " is refused: it is on legal hold (reason: " + reason + "); release the hold first",
                 "Không được xóa " + it.vi + ": đang bị tạm giữ pháp lý (lý do: " + reason + "); cần gỡ tạm giữ trước");
        },

        /**
         * A hold placed (qms:legalHold). onAddAspect: who placed it and when, if not given. onUpdateProperties of a node on
         * hold: HOLD_PLACED in the records audit register when the hold gets its reason, in the same transaction. The
         * reason is not always there when the aspect is added: the REST API's PUT /nodes/{id} adds the aspects first and
         * sets the properties after (NodesImpl.updateNodeImpl: updateCustomAspects, then addProperties), while
         * NodeService.addAspect with properties and createNode set them first. Logging when the reason first appears
         * writes the entry once in every case (onAddAspect's own save does not fire this behaviour again: a script
         * behaviour is disabled while its script runs, ScriptBehaviour.invoke).
         */
        holdPlaced: function (policy, args) {
            var node = args[0];
            if (policy == "onAddAspect") {
                if (blank(node.properties["qms:holdPlacedBy"]) || node.properties["qms:holdPlacedOn"] == null) {
                    if (blank(node.properties["qms:holdPlacedBy"])) node.properties["qms:holdPlacedBy"] = currentUser();
                    if (node.properties["qms:holdPlacedOn"] == null) node.properties["qms:holdPlacedOn"] = new Date();
                    node.save();
                }
                return;
            }
            var before = propertyValues(args[1]), after = propertyValues(args[2]);
            if (!blank(before[QMS + "holdReason"]) || blank(after[QMS + "holdReason"])) return;
            var by = currentUser(), placedBy = text(after[QMS + "holdPlacedBy"]);
            var detail = text(after[QMS + "holdReason"]) + (placedBy == null || placedBy == by ? "" : " (qms:holdPlacedBy: " + placedBy + ")");
            writeEntry(node, "HOLD_PLACED", by, new Date(), detail, {en: "the legal hold", vi: "việc đặt tạm giữ pháp lý"});
        },

        /** beforeRemoveAspect of qms:legalHold: HOLD_RELEASED with the reason the hold had, read before it goes. */
        holdReleased: function (node) {
            var placedOn = node.properties["qms:holdPlacedOn"];
            var detail = text(node.properties["qms:holdReason"]) + " (qms:holdPlacedBy: " + text(node.properties["qms:holdPlacedBy"])
                    + (placedOn == null ? "" : ", qms:holdPlacedOn: " + new Date(placedOn).toISOString()) + ")";
            writeEntry(node, "HOLD_RELEASED", currentUser(), new Date(), detail, {en: "the release of the legal hold", vi: "việc gỡ tạm giữ pháp lý"});
        },

        /**
         * A qms:auditEntry is written once: properties set when it is made (no properties before), content only the first
         * time (the REST API gives a new content node empty content), never changed, never deleted.
         */
        auditEntryTouched: function (policy, args) {
            var entry = args[0];
            var refusal = null;
            if (policy == "beforeDeleteNode") {
                refusal = {en: "deleted", vi: "xóa"};
            } else if (policy == "onContentUpdate") {
                // The REST API gives a new content node empty content; anything more is content given to an entry.
                if (String(args[1]) != "true" || Number(entry.size) > 0) refusal = {en: "given content", vi: "gắn nội dung"};
            } else if (policy == "onUpdateProperties") {
                if (Object.keys(propertyValues(args[1])).length > 0) {
                    var changed = changedProperties(args[1], args[2]);
                    if (changed.length > 0) refusal = {en: "changed (" + shortNames(changed) + ")", vi: "sửa (" + shortNames(changed) + ")"};
                }
            }
            if (refusal != null) {
                fail("Entry '" + entry.name + "' of the records audit register cannot be " + refusal.en + ": the register keeps every entry as written",
                     "Không được " + refusal.vi + " mục '" + entry.name + "' của Sổ theo dõi hồ sơ: sổ giữ nguyên mọi mục đã ghi");
            }
        }
    };
})();
