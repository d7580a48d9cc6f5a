package vn.wardqms.service.retention;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alfresco.core.handler.NodesApi;
import org.alfresco.core.model.Node;
import org.alfresco.core.model.NodeBodyCreate;

import feign.FeignException;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

/**
 * The papers a carried-out decision leaves in its part of the audit register, written from the register's entries
 * (what was done, not what was planned), rewritten identically by a rerun:
 * <ul>
 * <li>a destruction: the Danh mục tài liệu hết thời hạn lưu trữ, trùng lặp (the files destroyed, and those left and
 * why) and the Biên bản về việc hủy tài liệu, a form for the two units to sign and seal — the unit whose records
 * were destroyed and the unit that destroyed them — noting a destruction later than 15 days after the decision;</li>
 * <li>a transfer: the Mục lục hồ sơ nộp lưu.</li>
 * </ul>
 */
final class DispositionPapers {
    static final String DESTRUCTION_LIST = "Danh mục tài liệu hết thời hạn lưu trữ, trùng lặp - QĐ ";
    static final String DESTRUCTION_MINUTES = "Biên bản về việc hủy tài liệu - QĐ ";
    static final String TRANSFER_LIST = "Mục lục hồ sơ nộp lưu - QĐ ";
    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final NodesApi nodes;
    private final String organisation;
    private final Clock clock;
    private final Configuration templates;

    DispositionPapers(NodesApi nodes, String organisation, Clock clock) {
        this.nodes = nodes;
        this.organisation = organisation;
        this.clock = clock;
        templates = new Configuration(Configuration.VERSION_2_3_34);
        templates.setClassLoaderForTemplateLoading(DispositionPapers.class.getClassLoader(), "templates");
        templates.setDefaultEncoding("UTF-8");
        templates.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        templates.setLogTemplateExceptions(false);
    }

    /** Writes the decision's papers into {@code folder} from its final entries (DESTROYED, TRANSFERRED, CANCELLED). */
    void write(Node decision, String number, String action, String folder, Collection<Node> entries) {
        Map<String, Object> model = model(decision, number, rows(entries));
        if (action.equals("DESTROY")) {
            put(folder, DESTRUCTION_LIST + safe(number) + ".html", render("destruction-list.html.ftl", model), number);
            put(folder, DESTRUCTION_MINUTES + safe(number) + ".html", render("destruction-minutes.html.ftl", model), number);
        } else {
            put(folder, TRANSFER_LIST + safe(number) + ".html", render("transfer-list.html.ftl", model), number);
        }
    }

    private Map<String, Object> model(Node decision, String number, List<Map<String, Object>> rows) {
        Map<?, ?> d = decision.getProperties() instanceof Map<?, ?> m ? m : Map.of();
        Map<String, Object> model = new LinkedHashMap<>();
        LocalDate decided = DecisionDossier.day(d.get("qms:decisionDate"));
        model.put("organisation", organisation);
        model.put("number", number);
        model.put("date", decided == null ? "" : VIETNAMESE_DATE.format(decided));
        model.put("signerName", text(d.get("qms:decisionSignerName")));
        model.put("signerTitle", text(d.get("qms:decisionSignerTitle")));
        model.put("authority", text(d.get("qms:decisionAuthority")));
        Object members = d.get("qms:councilMembers");
        model.put("members", members instanceof List<?> l ? l.stream().map(String::valueOf).toList() : members == null ? List.of() : List.of(members.toString()));
        model.put("done", rows.stream().filter(r -> !"CANCELLED".equals(r.get("Event"))).toList());
        model.put("left", rows.stream().filter(r -> "CANCELLED".equals(r.get("Event"))).toList());
        model.put("records", rows.stream().filter(r -> "DESTROYED".equals(r.get("Event"))).mapToInt(r -> count(r.get("RecordCount"))).sum());
        // Late if the last file went after the 15 days: counted from the register, so a rerun writes the same.
        LocalDate last = rows.stream().filter(r -> "DESTROYED".equals(r.get("Event"))).map(r -> DecisionDossier.day(r.get("At")))
                .filter(java.util.Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
        long daysLate = decided == null || last == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(DecisionDossier.destroyBy(decided), last));
        model.put("daysLate", daysLate);
        model.put("destroyBy", decided == null ? "" : VIETNAMESE_DATE.format(DecisionDossier.destroyBy(decided)));
        model.put("lastDestroyed", last == null ? "" : VIETNAMESE_DATE.format(last));
        model.put("made", VIETNAMESE_DATE.format(LocalDate.now(clock)));
        return model;
    }

    private static List<Map<String, Object>> rows(Collection<Node> entries) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Node entry : entries) {
            Map<?, ?> e = entry.getProperties() instanceof Map<?, ?> m ? m : Map.of();
            String event = String.valueOf(e.get("qms:auditEvent"));
            if (event.equals("DESTROYED") || event.equals("TRANSFERRED") || event.equals("CANCELLED")) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (String key : List.of("qms:auditFileCode", "qms:auditTitle", "qms:auditFileYear", "qms:auditRetention",
                        "qms:auditRecordCount", "qms:auditAt", "qms:auditDetail")) {
                    Object v = e.get(key);
                    row.put(key.substring("qms:audit".length()), v == null ? "" : v.toString().replaceAll("\\.0$", ""));
                }
                row.put("Event", event);
                rows.add(row);
            }
        }
        rows.sort(Comparator.comparing(r -> String.valueOf(r.get("FileCode"))));
        return rows;
    }

    private byte[] render(String template, Map<String, Object> model) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            templates.getTemplate(template).process(model, w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TemplateException e) {
            throw new IllegalStateException(template + " failed: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private void put(String folder, String name, byte[] content, String number) {
        String id;
        try {
            id = nodes.getNode(folder, null, name, null).getBody().getEntry().getId();
        } catch (FeignException.NotFound e) {
            id = nodes.createNode(folder, new NodeBodyCreate().name(name).nodeType("cm:content"), null, null, null, null, null)
                    .getBody().getEntry().getId();
        }
        nodes.updateNodeContent(id, content, true, "Quyết định " + number, null, null, null);
    }

    static String safe(String number) {
        return number.replaceAll("[\\\\/:*?\"<>|]", "-");
    }

    private static int count(Object value) {
        try {
            return Integer.parseInt(String.valueOf(value).trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString().strip();
    }
}
