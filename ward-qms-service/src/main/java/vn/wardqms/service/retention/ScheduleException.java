package vn.wardqms.service.retention;

/** A retention schedule that cannot be used: the file, line and field that are wrong, and why. Nothing is loaded. */
public class ScheduleException extends RuntimeException {
    public ScheduleException(String file, int line, String field, String problem) {
        super(file + ":" + line + ": " + (field == null ? "" : field + ": ") + problem);
    }
}
