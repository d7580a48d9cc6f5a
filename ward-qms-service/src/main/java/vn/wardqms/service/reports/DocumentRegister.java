package vn.wardqms.service.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

/**
 * The register of internal documents (Danh mục tài liệu nội bộ) in HTML and CSV (FreeMarker templates) and XLSX
 * (POI's streaming workbook), with Vietnamese or English headings. Rows are consumed once, as they come: memory does
 * not depend on how many documents there are.
 */
public class DocumentRegister {
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final String[] COLUMNS = {"register.no", "register.code", "register.documentTitle", "register.kind",
            "register.issueNumber", "register.issueDate", "register.effectiveDate", "register.ownerUnit", "register.state"};
    /** Rows the XLSX writer keeps in memory; older ones are flushed to a temporary file. */
    private static final int XLSX_WINDOW = 200;

    private final Configuration templates;

    public DocumentRegister() {
        templates = new Configuration(Configuration.VERSION_2_3_34);
        templates.setClassLoaderForTemplateLoading(DocumentRegister.class.getClassLoader(), "templates");
        templates.setDefaultEncoding("UTF-8");
        templates.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        templates.setLogTemplateExceptions(false);
        templates.setFallbackOnNullLoopVariable(false);
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
        ResourceBundle h = headings(language);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(XLSX_WINDOW)) {
            workbook.setCompressTempFiles(true);
            SXSSFSheet sheet = workbook.createSheet(h.getString("register.title"));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.length; c++) {
                header.createCell(c).setCellValue(h.getString(COLUMNS[c]));
                header.getCell(c).setCellStyle(bold);
            }
            sheet.createFreezePane(0, 1);
            int r = 0;
            while (rows.hasNext()) {
                RegisterRow row = rows.next();
                Row line = sheet.createRow(++r);
                line.createCell(0).setCellValue(r);
                text(line, 1, row.code());
                text(line, 2, row.title());
                text(line, 3, label(h, "kind.", row.kind()));
                if (row.issueNumber() != null && row.issueNumber().matches("\\d+")) {
                    line.createCell(4).setCellValue(Integer.parseInt(row.issueNumber()));
                }
                text(line, 5, row.issueDate());
                text(line, 6, row.effectiveDate());
                text(line, 7, row.ownerUnit());
                text(line, 8, label(h, "state.", row.state()));
            }
            workbook.write(out);
            workbook.dispose();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ResourceBundle headings(Locale language) {
        return ResourceBundle.getBundle("messages/register", language, DocumentRegister.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
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

    private static String label(ResourceBundle h, String prefix, String value) {
        return value != null && h.containsKey(prefix + value) ? h.getString(prefix + value) : value;
    }

    private static void text(Row line, int column, String value) {
        if (value != null) {
            line.createCell(column).setCellValue(value);
        }
    }
}
