package vn.wardqms.service.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;


import freemarker.template.Configuration;
import freemarker.template.TemplateException;

/**
 * The register of internal documents (Danh mục tài liệu nội bộ) in HTML and CSV (FreeMarker templates) and XLSX
 * (POI's streaming workbook, through {@link TableWriter}), with Vietnamese or English headings. Rows are consumed once, as they come: memory does
 * not depend on how many documents there are.
 */
public class DocumentRegister {
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final String[] COLUMNS = {"register.no", "register.code", "register.documentTitle", "register.kind",
            "register.issueNumber", "register.issueDate", "register.effectiveDate", "register.ownerUnit", "register.state"};

    private final Configuration templates;
    private final TableWriter tables = new TableWriter();

    public DocumentRegister() {
        templates = TableWriter.templates();
    }

    public void writeHtml(Iterator<RegisterRow> rows, Locale language, LocalDate generated, Writer out) {
        render("register.html.ftl", rows, language, generated, out);
    }

    /** CSV with a UTF-8 byte order mark, so that Excel shows Vietnamese correctly. */
    public void writeCsv(Iterator<RegisterRow> rows, Locale language, LocalDate generated, Writer out) {
        try {
            out.write('\uFEFF');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        render("register.csv.ftl", rows, language, generated, out);
    }

    public void writeXlsx(Iterator<RegisterRow> rows, Locale language, OutputStream out) {
        tables.writeXlsx(new TableReport("register.title", null, List.of(COLUMNS).subList(1, COLUMNS.length),
                SearchPages.map(rows, row -> Arrays.asList(row.code(), row.title(), new TableReport.Code("kind.", row.kind()),
                        row.issueNumber() != null && row.issueNumber().matches("\\d+") ? (Object) Integer.valueOf(row.issueNumber()) : null,
                        row.issueDate(), row.effectiveDate(), row.ownerUnit(), new TableReport.Code("state.", row.state())))), language, out);
    }

    public static ResourceBundle headings(Locale language) {
        return TableWriter.headings(language);
    }

    private void render(String template, Iterator<RegisterRow> rows, Locale language, LocalDate generated, Writer out) {
        ResourceBundle h = headings(language);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("language", language.getLanguage().isEmpty() ? "en" : language.getLanguage());
        model.put("h", asMap(h, ""));
        model.put("kinds", asMap(h, "kind."));
        model.put("states", asMap(h, "state."));
        model.put("generated", generated.toString());
        model.put("rows", rows);
        try {
            templates.getTemplate(template).process(model, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TemplateException e) {
            throw new IllegalStateException("template " + template + " failed: " + e.getMessage(), e);
        }
    }

    private static Map<String, String> asMap(ResourceBundle bundle, String prefix) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String key : bundle.keySet()) {
            if (key.startsWith(prefix)) {
                map.put(key.substring(prefix.length()), bundle.getString(key));
            }
        }
        return map;
    }
}
