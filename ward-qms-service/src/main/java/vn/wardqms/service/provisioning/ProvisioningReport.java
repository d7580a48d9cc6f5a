package vn.wardqms.service.provisioning;

import java.util.ArrayList;
import java.util.List;

/**
 * What a provisioning run did: every write it made, every existing structure that conflicts with the layout (reported,
 * never overwritten or deleted), and how many items it found already as they should be.
 */
public final class ProvisioningReport {

    public record Conflict(String item, String expected, String found) {
        @Override
        public String toString() {
            return item + ": expected " + expected + ", found " + found;
        }
    }

    private final List<String> writes = new ArrayList<>();
    private final List<Conflict> conflicts = new ArrayList<>();
    private int unchanged;

    void wrote(String what) {
        writes.add(what);
    }

    void conflict(String item, String expected, String found) {
        conflicts.add(new Conflict(item, expected, found));
    }

    void unchanged() {
        unchanged++;
    }

    public List<String> writes() {
        return List.copyOf(writes);
    }

    public List<Conflict> conflicts() {
        return List.copyOf(conflicts);
    }

    public int unchangedCount() {
        return unchanged;
    }

    public String summary() {
        return writes.size() + " write(s), " + unchanged + " item(s) already in place, " + conflicts.size() + " conflict(s)";
    }
}
