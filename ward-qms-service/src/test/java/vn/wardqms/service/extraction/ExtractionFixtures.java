package vn.wardqms.service.extraction;

/** Fixtures for tests outside this package (the packaged JAR's test). */
public final class ExtractionFixtures {
    private ExtractionFixtures() {
    }

    /** The seed's own cover page as a DOCX. */
    public static byte[] seedCoverDocx() {
        return CoverFixtures.Format.DOCX.write(CoverFixtures.seed().blocks());
    }
}
