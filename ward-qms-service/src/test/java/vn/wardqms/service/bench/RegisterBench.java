package vn.wardqms.service.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import vn.wardqms.service.reports.DocumentRegister;
import vn.wardqms.service.reports.RegisterRow;

/**
 * The register of 100,000 documents written to XLSX: target under 10 s with at most 256 MB of heap (the bench
 * profile runs with -Xmx256m, so exceeding it fails the run; the peak is measured too). Rows are generated as the
 * writer asks for them, as the search-backed source gives them.
 */
@Tag("bench")
class RegisterBench {
    static final int DOCUMENTS = 100_000;

    @Test
    void hundredThousandDocumentsToXlsx() throws Exception {
        Path file = Files.createTempFile("danh-muc-tai-lieu", ".xlsx");
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            new DocumentRegister().writeXlsx(rows(), DocumentRegister.VIETNAMESE, out);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long maxHeap = Runtime.getRuntime().maxMemory();
        String line = String.format("BENCH register: %d documents to XLSX (%.1f MB) in %.2f s; peak heap %.1f MB of %.0f MB allowed",
                DOCUMENTS, Files.size(file) / 1e6, seconds, peak / 1e6, maxHeap / 1e6);
        System.out.println(line);
        Files.writeString(Path.of("target/bench-register.txt"), line + System.lineSeparator());
        Files.delete(file);
        assertThat(seconds).isLessThan(10);
        assertThat(maxHeap).as("run with -Xmx256m").isLessThanOrEqualTo(268_435_456L + 16_000_000L);
    }

    private static Iterator<RegisterRow> rows() {
        String[] units = {"Văn phòng HĐND và UBND", "Phòng Kinh tế, Hạ tầng và Đô thị", "Phòng Văn hóa - Xã hội",
                "Trung tâm Phục vụ hành chính công"};
        String[] kinds = {"PROCEDURE", "FORM", "INSTRUCTION", "PLAN"};
        return new Iterator<>() {
            int i;

            public boolean hasNext() {
                return i < DOCUMENTS;
            }

            public RegisterRow next() {
                int n = ++i;
                return new RegisterRow(String.format("QT-%05d", n), "Quy trình giải quyết thủ tục hành chính số " + n,
                        kinds[n % kinds.length], String.valueOf(1 + n % 5), "2026-01-" + String.format("%02d", 1 + n % 28),
                        "2026-02-" + String.format("%02d", 1 + n % 28), units[n % units.length], n % 10 == 0 ? "OBSOLETE" : "EFFECTIVE");
            }
        };
    }
}
