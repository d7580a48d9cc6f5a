package vn.wardqms.service.extraction;

/** A file whose cover page could not be read, with the reason a user can act on. */
public class ExtractionException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why a file could not be read. */
    public enum Problem {
        /** Missing, a folder, or not readable by this process. */
        UNREADABLE,
        /** Protected by a password. */
        ENCRYPTED,
        /** No bytes, or no text at all (a scanned PDF without a text layer). */
        EMPTY,
        /** Not DOCX, DOC, ODT or PDF. */
        UNSUPPORTED,
        /** Larger than the size limit. */
        OVERSIZED,
        /** Damaged or cut short. */
        CORRUPT,
        /** Compressed content that would inflate past the limits (a zip bomb). */
        ZIP_BOMB,
        /** The parse took longer than the time limit. */
        TIMEOUT
    }

    private final Problem problem;

    public ExtractionException(Problem problem, String message) {
        super(message);
        this.problem = problem;
    }

    public ExtractionException(Problem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
