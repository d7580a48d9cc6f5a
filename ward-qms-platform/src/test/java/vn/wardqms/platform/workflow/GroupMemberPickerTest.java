package vn.wardqms.platform.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.NativeObject;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/**
 * The people picker of the approval forms offers only the members of the group the engine requires: the shipped web
 * script (extension/templates/webscripts/vn/wardqms/picker/group-members.get.js) run on Rhino with the stand-in's
 * groups and people, as a repository web script runs (url, args, status, model).
 */
class GroupMemberPickerTest {
    private static final String SCRIPT = "alfresco/extension/templates/webscripts/vn/wardqms/picker/group-members.get.js";
    private QmsEngine qms;

    @BeforeEach
    void people() {
        qms = QmsEngine.start().withPeople();
    }

    @AfterEach
    void close() {
        qms.close();
    }

    /** The web script's status object: the code and message it set, if any. */
    public static final class Status {
        public int code = 200;
        public String message;

        public void setCode(int code, String message) {
            this.code = code;
            this.message = message;
        }
    }

    private record Answer(Status status, List<String> names) {
    }

    private Answer ask(String group, String searchTerm) throws IOException {
        String source;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(SCRIPT)) {
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        NativeObject url = new NativeObject(), templateArgs = new NativeObject(), args = new NativeObject(), model = new NativeObject();
        templateArgs.put("group", templateArgs, group);
        url.put("templateArgs", url, templateArgs);
        if (searchTerm != null) {
            args.put("searchTerm", args, searchTerm);
        }
        Status status = new Status();
        Map<String, Object> root = new HashMap<>();
        root.put("url", url);
        root.put("args", args);
        root.put("model", model);
        root.put("status", status);
        root.put("people", qms.repository.peopleRootObject());
        root.put("groups", qms.repository.groupsRootObject());
        qms.repository.runAs("suong", () -> {
            qms.repository.scripts().run(source, root, qms.repository, true);
            return null;
        });
        List<String> names = new ArrayList<>();
        Object results = model.get("results", model);
        if (results instanceof Scriptable list) {
            Context.enter();
            try {
                for (Object id : list.getIds()) {
                    Scriptable row = (Scriptable) ScriptableObject.getProperty(list, ((Number) id).intValue());
                    Scriptable item = (Scriptable) row.get("item", row);
                    Scriptable properties = (Scriptable) item.get("properties", item);
                    names.add(String.valueOf(properties.get("name", properties)));
                }
            } finally {
                Context.exit();
            }
        }
        return new Answer(status, names);
    }

    @Test
    void theApproverPickerOffersOnlyApproversNestedGroupsIncluded() throws IOException {
        assertThat(ask("GROUP_WARDQMS_APPROVERS", null).names())
                .containsExactly("Huỳnh Văn Hưng (hung)", "Lê Văn Minh (minh)", "Nguyễn Hoạt (hoat)");
        assertThat(ask("GROUP_WARDQMS_APPROVERS", "hoạt").names()).containsExactly("Nguyễn Hoạt (hoat)");
        assertThat(ask("GROUP_WARDQMS_REVIEWERS", "*").names()).hasSize(4).noneMatch(n -> n.contains("binh") || n.contains("suong"));
    }

    @Test
    void noOtherGroupCanBeListedThroughIt() throws IOException {
        Answer staff = ask("GROUP_ALFRESCO_ADMINISTRATORS", null);
        assertThat(staff.status().code).isEqualTo(400);
        assertThat(staff.status().message).contains("Only GROUP_WARDQMS_APPROVERS and GROUP_WARDQMS_REVIEWERS may be listed here")
                .contains("Chỉ được liệt kê");
        assertThat(staff.names()).isEmpty();
    }
}
