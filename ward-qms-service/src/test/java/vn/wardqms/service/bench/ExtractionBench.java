package vn.wardqms.service.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import vn.wardqms.service.extraction.CoverPageExtractor;
import vn.wardqms.service.extraction.ExtractionFixtures;
import vn.wardqms.service.extraction.ExtractionLimits;

/**
 * Cover-page extraction through real Tika: target under 200 ms (mean) for a 60 KB document after warm-up, with memory
 * bounded (heap retained after GC does not grow with the number of documents read; run under a 256 MB cap).
 * Also prints the field-level precision and recall over the test fixtures.
 */
@Tag("bench")
class ExtractionBench {
    static final int SIZE = 60 * 1024;
    static final int WARM_UP = 30;
    static final int RUNS = 200;

    @Test
    void sixtyKilobyteDocuments() throws Exception {
        CoverPageExtractor extractor = new CoverPageExtractor(ExtractionLimits.DEFAULT);
        StringBuilder report = new StringBuilder();
        Map<String, Double> means = new LinkedHashMap<>();
        long retainedAfterFirst = 0;
        for (String format : ExtractionFixtures.formats()) {
            byte[] document = ExtractionFixtures.procedureOfAtLeast(format, SIZE);
            for (int i = 0; i < WARM_UP; i++) {
                extractor.extract(document, "bench." + format);
            }
            long[] nanos = new long[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                var cover = extractor.extract(document, "bench." + format);
                nanos[i] = System.nanoTime() - start;
                assertThat(cover.code()).isPresent();
                if (i == 9 && retainedAfterFirst == 0) {
                    retainedAfterFirst = retainedHeap();
                }
            }
            Arrays.sort(nanos);
            double mean = Arrays.stream(nanos).average().orElse(0) / 1e6;
            double median = nanos[RUNS / 2] / 1e6;
            double p = nanos[(int) (RUNS * 0.95)] / 1e6;
            means.put(format, mean);
            report.append(String.format("BENCH extraction: %s of %,d bytes: mean %.1f ms, median %.1f ms, p95 %.1f ms, max %.1f ms (%d runs after %d warm-up)%n",
                    format, document.length, mean, median, p, nanos[RUNS - 1] / 1e6, RUNS, WARM_UP));
        }
        long retainedAfterRound = retainedHeap();
        // A second round of every format: once each format's classes and caches are loaded, nothing more may be kept.
        for (String format : ExtractionFixtures.formats()) {
            byte[] document = ExtractionFixtures.procedureOfAtLeast(format, SIZE);
            for (int i = 0; i < RUNS; i++) {
                extractor.extract(document, "bench." + format);
            }
        }
        long retainedAfterAll = retainedHeap();
        int documents = ExtractionFixtures.formats().size() * (2 * RUNS + WARM_UP);
        report.append(String.format("BENCH extraction: heap retained after GC %.1f MB after the first 10 documents, %.1f MB after one round of"
                        + " every format, %.1f MB after a second round (%,d documents); peak old generation %.0f MB of %.0f MB max heap%n",
                retainedAfterFirst / 1e6, retainedAfterRound / 1e6, retainedAfterAll / 1e6, documents, peakOldGeneration() / 1e6,
                Runtime.getRuntime().maxMemory() / 1e6));
        report.append("BENCH extraction accuracy: ").append(ExtractionFixtures.accuracy(extractor)).append(System.lineSeparator());
        System.out.print(report);
        Files.writeString(Path.of("target/bench-extraction.txt"), report);
        assertThat(means.values()).allSatisfy(ms -> assertThat(ms).isLessThan(200));
        assertThat(retainedAfterAll).isLessThan(retainedAfterRound + 4L * 1024 * 1024);
    }

    private static long retainedHeap() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    /** The peak of the old generation: what survives young collections, the part a leak or a big document would fill. */
    private static long peakOldGeneration() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .filter(p -> p.getName().contains("Old") || p.getName().contains("Tenured"))
                .mapToLong(p -> p.getPeakUsage().getUsed()).max().orElse(0);
    }
}
