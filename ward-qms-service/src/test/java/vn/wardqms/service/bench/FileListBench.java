package vn.wardqms.service.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.alfresco.search.handler.SearchApi;
import org.alfresco.search.model.Pagination;
import org.alfresco.search.model.ResultNode;
import org.alfresco.search.model.ResultSetPaging;
import org.alfresco.search.model.ResultSetPagingList;
import org.alfresco.search.model.ResultSetRowEntry;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

import vn.wardqms.service.reports.DocumentRegister;
import vn.wardqms.service.reports.TableWriter;
import vn.wardqms.service.retention.FileList;

/**
 * Danh mục hồ sơ of 100,000 files to XLSX: target under 10 s with at most 256 MB of heap (-Xmx256m in the bench
 * profile). The files come page by page (1,000 a page) as the search API gives them, through the real FileList.
 */
@Tag("bench")
class FileListBench {
    static final int FILES = 100_000;
    static final String[] UNITS = {"Phòng Kinh tế, Hạ tầng và Đô thị", "Phòng Văn hóa - Xã hội", "Trung tâm Phục vụ hành chính công",
            "Văn phòng HĐND và UBND"};

    @Test
    void hundredThousandFilesToXlsx() throws Exception {
        SearchApi search = request -> {
            int skip = request.getPaging().getSkipCount();
            int max = request.getPaging().getMaxItems();
            List<ResultSetRowEntry> entries = new ArrayList<>();
            for (int i = skip; i < Math.min(FILES, skip + max); i++) {
                ResultNode node = new ResultNode();
                node.setId(String.format("%08x-0000-4000-8000-%012d", 7, i));
                node.setName("Hồ sơ " + i);
                node.setProperties(Map.of("qms:fileCode", String.format("%05d/HS", i), "cm:title", "Hồ sơ giải quyết thủ tục hành chính số " + i,
                        "qms:ownerUnit", UNITS[i * UNITS.length / FILES], "qms:retentionYears", 10, "qms:fileCreator", "Đỗ Thị Sương",
                        "qms:fileYear", 2025));
                entries.add(new ResultSetRowEntry().entry(node));
            }
            return ResponseEntity.ok(new ResultSetPaging()._list(new ResultSetPagingList().entries(entries)
                    .pagination(new Pagination().hasMoreItems(skip + max < FILES).totalItems((long) FILES).count((long) entries.size())
                            .skipCount((long) skip).maxItems((long) max))));
        };
        Path file = Files.createTempFile("danh-muc-ho-so", ".xlsx");
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            new TableWriter().writeXlsx(new FileList(search).of(2025), DocumentRegister.VIETNAMESE, out);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        String line = String.format("BENCH file list: %d files to XLSX (%.1f MB) in %.2f s; peak heap %.1f MB of %.0f MB allowed",
                FILES, Files.size(file) / 1e6, seconds, peak / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
        System.out.println(line);
        Files.writeString(Path.of("target/bench-file-list.txt"), line + System.lineSeparator());
        Files.delete(file);
        assertThat(seconds).isLessThan(10);
    }
}
