package vn.wardqms.service.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import vn.wardqms.service.retention.Classification;
import vn.wardqms.service.retention.RecordType;
import vn.wardqms.service.retention.RetentionClassifier;
import vn.wardqms.service.retention.RetentionSchedule;

/**
 * Retention classification (retain-until and disposition of each file from the schedule): target at least 5,000,000
 * records a minute on this machine's 2 cores under a 256 MB heap, so that it never limits a sweep. Measured after a
 * warm-up, on both cores (a sweep classifies the files of a page in parallel), with varied record types and dates.
 */
@Tag("bench")
class RetentionBench {
    static final int RECORDS = 20_000_000;

    @Test
    void classificationRate() throws Exception {
        RetentionSchedule schedule = RetentionSchedule.read(RetentionBench.class.getResourceAsStream("/retention/schedule.yml"),
                "retention/schedule.yml");
        RetentionClassifier classifier = new RetentionClassifier(schedule);
        List<String> codes = schedule.types().stream().map(RecordType::code).toList();
        run(classifier, codes, 2_000_000); // warm-up
        long start = System.nanoTime();
        long due = run(classifier, codes, RECORDS);
        double seconds = (System.nanoTime() - start) / 1e9;
        double perMinute = RECORDS / seconds * 60;
        String line = String.format("BENCH retention: %,d records classified in %.2f s = %,.0f records/min on %d cores (%,d due); max heap %.0f MB",
                RECORDS, seconds, perMinute, Runtime.getRuntime().availableProcessors(), due, Runtime.getRuntime().maxMemory() / 1e6);
        System.out.println(line);
        Files.writeString(Path.of("target/bench-retention.txt"), line + System.lineSeparator());
        assertThat(perMinute).isGreaterThan(5_000_000);
    }

    private static long run(RetentionClassifier classifier, List<String> codes, int records) {
        LongAdder due = new LongAdder();
        LocalDate today = LocalDate.of(2026, 11, 25);
        IntStream.range(0, records).parallel().forEach(i -> {
            ThreadLocalRandom r = ThreadLocalRandom.current();
            int year = 2000 + r.nextInt(26);
            Classification c = classifier.classify(codes.get(i % codes.size()), year, LocalDate.of(year + 1, 1 + r.nextInt(12), 1 + r.nextInt(28)), null);
            if (c.dueBy(today)) {
                due.increment();
            }
        });
        return due.sum();
    }
}
