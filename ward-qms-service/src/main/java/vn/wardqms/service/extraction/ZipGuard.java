package vn.wardqms.service.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import vn.wardqms.service.extraction.ExtractionException.Problem;

/**
 * Refuses a DOCX or ODT (both ZIP packages) whose parts inflate far beyond the file's size, before any parser sees
 * it. The entries are inflated and counted, never trusted for their declared sizes; a real document's XML inflates
 * 5 to 20 times and its images not at all, while a zip bomb inflates thousands of times. Inflating stops at the limit.
 */
final class ZipGuard {
    /** More than this many times the file's size, once past {@link #GRACE} bytes, is a bomb. */
    static final int MAX_RATIO = 100;
    static final long GRACE = 1024 * 1024;
    /** Whatever the ratio, no document needs more than this inflated. */
    static final long MAX_INFLATED = 256L * 1024 * 1024;

    private ZipGuard() {
    }

    static void check(InputStream zipFile, long compressedSize, String name) throws ExtractionException, IOException {
        long limit = Math.min(MAX_INFLATED, Math.max(GRACE, compressedSize * MAX_RATIO));
        long inflated = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(zipFile)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                for (int n; (n = zip.read(buffer)) > 0; ) {
                    inflated += n;
                    if (inflated > limit) {
                        throw new ExtractionException(Problem.ZIP_BOMB, name + ": the file's compressed content would inflate far beyond its size"
                                + " (more than " + limit / (1024 * 1024) + " MB from " + compressedSize / 1024 + " KB; a zip bomb?): refused");
                    }
                }
            }
        }
    }
}
