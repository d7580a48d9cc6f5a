package vn.wardqms.service.reports;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.alfresco.core.handler.NodesApi;
import org.alfresco.core.handler.SitesApi;
import org.alfresco.core.model.NodeBodyCreate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import feign.FeignException;
import vn.wardqms.service.config.QmsProperties;
import vn.wardqms.service.provisioning.SiteLayout;
import vn.wardqms.service.retention.DispositionCandidates;
import vn.wardqms.service.retention.FileList;

/**
 * Puts the QMS reports where the quality secretary and the leaders read them: the site's report folder (Báo cáo QMS,
 * restricted like the obsolete area), one document per report, updated in place, so each day's edition is a version
 * of it. Vietnamese, as the office works.
 */
public class ReportPublisher {
    private static final Logger log = LoggerFactory.getLogger(ReportPublisher.class);

    private final NodesApi nodes;
    private final SitesApi sites;
    private final QmsProperties properties;
    private final QmsReports reports;
    private final RegisterSource register;
    private final DocumentRegister registerWriter;
    private final TableWriter writer;
    private final Clock clock;
    private final FileList fileList;
    private final DispositionCandidates candidates;

    public ReportPublisher(NodesApi nodes, SitesApi sites, QmsProperties properties, QmsReports reports, RegisterSource register,
                           DocumentRegister registerWriter, TableWriter writer, Clock clock, FileList fileList,
                           DispositionCandidates candidates) {
        this.fileList = fileList;
        this.candidates = candidates;
        this.nodes = nodes;
        this.sites = sites;
        this.properties = properties;
        this.reports = reports;
        this.register = register;
        this.registerWriter = registerWriter;
        this.writer = writer;
        this.clock = clock;
    }

    /** Writes every report; returns the names written. */
    public List<String> publishAll() {
        LocalDate today = LocalDate.now(clock);
        String folder = folder();
        Map<String, byte[]> written = new LinkedHashMap<>();
        written.put("Danh mục tài liệu nội bộ.xlsx", bytes(out -> registerWriter.writeXlsx(register.rows(), DocumentRegister.VIETNAMESE, out)));
        written.put("Danh mục tài liệu nội bộ.html", text(w -> registerWriter.writeHtml(register.rows(), DocumentRegister.VIETNAMESE, today, w)));
        written.put("Theo dõi tình trạng sửa đổi.xlsx", bytes(out -> writer.writeXlsx(reports.amendmentHistories(), DocumentRegister.VIETNAMESE, out)));
        written.put("Tài liệu quá hạn xem xét định kỳ.html",
                text(w -> writer.writeHtml(reports.overdueReviews(), DocumentRegister.VIETNAMESE, today, w)));
        written.put("Xác nhận đã đọc chưa hoàn thành.html",
                text(w -> writer.writeHtml(reports.outstandingAcknowledgements(), DocumentRegister.VIETNAMESE, today, w)));
        written.put("Danh mục hồ sơ năm " + today.getYear() + ".xlsx",
                bytes(out -> writer.writeXlsx(fileList.of(today.getYear()), DocumentRegister.VIETNAMESE, out)));
        written.put("Danh sách hồ sơ, tài liệu hết thời hạn lưu trữ, trùng lặp.html",
                text(w -> writer.writeHtml(candidates.toDestroy(), DocumentRegister.VIETNAMESE, today, w)));
        written.put("Hồ sơ đến hạn nộp lưu.html", text(w -> writer.writeHtml(candidates.toTransfer(), DocumentRegister.VIETNAMESE, today, w)));
        written.forEach((name, content) -> put(folder, name, content, today));
        log.info("reports published: {}", written.keySet());
        return List.copyOf(written.keySet());
    }

    private void put(String folder, String name, byte[] content, LocalDate today) {
        String id;
        try {
            id = nodes.getNode(folder, null, name, null).getBody().getEntry().getId();
        } catch (FeignException.NotFound e) {
            Map<String, Object> title = new LinkedHashMap<>();
            title.put("cm:title", name.replaceFirst("\\.[^.]+$", "") + " — báo cáo do dịch vụ QMS lập hằng ngày / daily QMS report");
            id = nodes.createNode(folder, new NodeBodyCreate().name(name).nodeType("cm:content").aspectNames(List.of("cm:titled"))
                    .properties(title), null, null, null, null, null).getBody().getEntry().getId();
        }
        nodes.updateNodeContent(id, content, false, "Lập ngày " + today, null, null, null);
    }

    private String folder() {
        String library = sites.getSiteContainer(properties.siteId(), "documentLibrary", null).getBody().getEntry().getFolderId();
        return nodes.getNode(library, null, SiteLayout.REPORTS, null).getBody().getEntry().getId();
    }

    private static byte[] bytes(Consumer<java.io.OutputStream> write) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write.accept(out);
        return out.toByteArray();
    }

    private static byte[] text(Consumer<Writer> write) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            write.accept(w);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
