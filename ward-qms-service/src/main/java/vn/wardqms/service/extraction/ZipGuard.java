package vn.wardqms.service.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

import vn.wardqms.service.extraction.ExtractionException.Problem;

/**
 * Refuses a DOCX or ODT (both ZIP packages) whose parts inflate far beyond the file's size, before any parser sees
 * it. The entries are found as the parsers find them, from the package's central directory (so bytes put before the
 * first entry, or an entry the local headers hide, change nothing), and each is inflated and counted, never trusted
 * for its declared size; a real document's XML inflates 5 to 20 times and its images not at all, while a zip bomb
 * inflates thousands of times. Inflating stops at the limit.
 */
final class ZipGuard {
    /** More than this many times the file's size, once past {@link #GRACE} bytes, is a bomb. */
    static final int MAX_RATIO = 100;
    static final long GRACE = 1024 * 1024;
    /** Whatever the ratio, no document needs more than this inflated. */
    static final long MAX_INFLATED = 256L * 1024 * 1024;
    /** A document package has a few dozen parts; thousands are a trick to make the parsers work. */
    static final int MAX_ENTRIES = 10_000;

    private ZipGuard() {
    }

    static void check(InputStream zipFile, long compressedSize, String name) throws ExtractionException, IOException {
        long limit = Math.min(MAX_INFLATED, Math.max(GRACE, compressedSize * MAX_RATIO));
        byte[] bytes = zipFile.readAllBytes();
        long inflated = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).setIgnoreLocalFileHeader(false).get()) {
            for (Enumeration<ZipArchiveEntry> all = zip.getEntries(); all.hasMoreElements(); ) {
                ZipArchiveEntry entry = all.nextElement();
                if (++entries > MAX_ENTRIES) {
                    throw new ExtractionException(Problem.ZIP_BOMB, name + ": the package holds more than " + MAX_ENTRIES + " parts: refused");
                }
                if (entry.isDirectory()) {
                    continue;
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        inflated += n;
                        if (inflated > limit) {
                            throw new ExtractionException(Problem.ZIP_BOMB, name + ": the file's compressed content would inflate far beyond its"
                                    + " size (more than " + limit / (1024 * 1024) + " MB from " + compressedSize / 1024 + " KB; a zip bomb?): refused");
                        }
                    }
                }
            }
        } catch (java.util.zip.ZipException e) {
            throw new ExtractionException(Problem.CORRUPT, name + ": the package cannot be read as a ZIP file (" + e.getMessage() + ")", e);
        }
    }
}
