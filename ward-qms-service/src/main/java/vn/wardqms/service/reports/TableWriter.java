package vn.wardqms.service.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
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
 * Writes a {@link TableReport} as HTML or CSV (FreeMarker templates table.html.ftl, table.csv.ftl) or XLSX (POI's
 * streaming workbook, a window of rows in memory), with Vietnamese or English headings. Memory does not depend on the
 * number of rows.
 */
public class TableWriter {
    /** Rows the XLSX writer keeps in memory; older ones are flushed to a temporary file. */
    private static final int XLSX_WINDOW = 200;

    private final Configuration templates;

    public TableWriter() {
        templates = templates();
    }

    /** The report templates (classpath templates/): UTF-8, errors thrown rather than printed into the report. */
    static Configuration templates() {
        Configuration templates = new Configuration(Configuration.VERSION_2_3_34);
        templates.setClassLoaderForTemplateLoading(TableWriter.class.getClassLoader(), "templates");
        templates.setDefaultEncoding("UTF-8");
        templates.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        templates.setLogTemplateExceptions(false);
        templates.setFallbackOnNullLoopVariable(false);
        return templates;
    }

    public static ResourceBundle headings(Locale language) {
        return ResourceBundle.getBundle("messages/reports", language, TableWriter.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public void writeHtml(TableReport report, Locale language, LocalDate generated, Writer out) {
        render("table.html.ftl", report, language, generated, out);
    }

    /** CSV with a UTF-8 byte order mark, so that Excel shows Vietnamese correctly. */
    public void writeCsv(TableReport report, Locale language, LocalDate generated, Writer out) {
        try {
            out.write('\uFEFF');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        render("table.csv.ftl", report, language, generated, out);
    }

    /** What a spreadsheet reads as a formula when typed: = + - @ first (OWASP's CSV injection list), or a tab or return. */
    static boolean looksLikeFormula(String value) {
        return value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
    }

    public void writeXlsx(TableReport report, Locale language, OutputStream out) {
        ResourceBundle h = headings(language);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(XLSX_WINDOW)) {
            workbook.setCompressTempFiles(true);
            String title = h.getString(report.titleKey());
            SXSSFSheet sheet = workbook.createSheet(title.length() > 31 ? title.substring(0, 31) : title);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue(h.getString("report.no"));
            header.getCell(0).setCellStyle(bold);
            for (int c = 0; c < report.columnKeys().size(); c++) {
                header.createCell(c + 1).setCellValue(h.getString(report.columnKeys().get(c)));
                header.getCell(c + 1).setCellStyle(bold);
            }
            sheet.createFreezePane(0, 1);
            // Text a spreadsheet would take for a formula (= + - @) stays text even when the cell is edited.
            CellStyle asText = workbook.createCellStyle();
            asText.setQuotePrefixed(true);
            int r = 0;
            Iterator<List<Object>> rows = report.rows();
            while (rows.hasNext()) {
                List<Object> cells = rows.next();
                Row line = sheet.createRow(++r);
                line.createCell(0).setCellValue(r);
                for (int c = 0; c < cells.size(); c++) {
                    Object v = cells.get(c);
                    if (v instanceof Integer n) {
                        line.createCell(c + 1).setCellValue(n);
                    } else if (v != null) {
                        String value = text(h, v);
                        var cell = line.createCell(c + 1);
                        cell.setCellValue(value);
                        if (looksLikeFormula(value)) {
                            cell.setCellStyle(asText);
                        }
                    }
                }
            }
            workbook.write(out);
            workbook.dispose();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void render(String template, TableReport report, Locale language, LocalDate generated, Writer out) {
        ResourceBundle h = headings(language);
        List<String> columns = new ArrayList<>();
        report.columnKeys().forEach(k -> columns.add(h.getString(k)));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("language", language.getLanguage().isEmpty() ? "en" : language.getLanguage());
        model.put("title", h.getString(report.titleKey()));
        model.put("subject", report.subject());
        model.put("generatedLabel", h.getString("report.generated"));
        model.put("noLabel", h.getString("report.no"));
        model.put("generated", generated.toString());
        model.put("columns", columns);
        model.put("rows", SearchPages.map(report.rows(), cells -> cells.stream().map(v -> v == null ? "" : text(h, v)).toList()));
        try {
            templates.getTemplate(template).process(model, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TemplateException e) {
            throw new IllegalStateException("template " + template + " failed: " + e.getMessage(), e);
        }
    }

    private static String text(ResourceBundle h, Object v) {
        if (v instanceof TableReport.Message m) {
            return java.text.MessageFormat.format(h.getString(m.key()), m.argument());
        }
        if (v instanceof TableReport.Code code) {
            String key = code.prefix() + code.value();
            return h.containsKey(key) ? h.getString(key) : code.value();
        }
        return v.toString();
    }
}
