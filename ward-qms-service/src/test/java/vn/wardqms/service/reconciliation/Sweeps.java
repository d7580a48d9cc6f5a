package vn.wardqms.service.reconciliation;

import vn.wardqms.service.acs.FakeAcs;
import vn.wardqms.service.acs.MovableClock;

/**
 * The reconciliation sweep as it runs in production against a lagging index: every few minutes, until a sweep finds
 * nothing more to do. A step that follows another (an issue's effective date after its publication) is found by the
 * sweep after the one that made the first step's write, once the index has it.
 */
public final class Sweeps {
    /** The time between two sweeps (ward-qms.reconciliation's default interval is longer; any time past the lag will do). */
    private static final long INTERVAL_SECONDS = 300;
    private static final int AT_MOST = 10;

    private Sweeps() {
    }

    /** Sweeps until a sweep acts on nothing; the totals of all of them. Fails if the sweeps never settle. */
    public static ReconciliationSweep.Result untilQuiet(ReconciliationSweep sweep, MovableClock clock, FakeAcs.Repository repository) {
        int requests = 0;
        long visited = 0, actions = 0, failures = 0;
        for (int i = 0; i < AT_MOST; i++) {
            ReconciliationSweep.Result r = sweep.sweep();
            requests += r.requests();
            visited += r.nodesVisited();
            actions += r.actions();
            failures += r.failures();
            if (r.actions() == 0 && r.failures() == 0) {
                return new ReconciliationSweep.Result(requests, visited, actions, failures);
            }
            clock.now = clock.now.plusSeconds(INTERVAL_SECONDS);
            repository.now = clock.now;
        }
        throw new AssertionError(AT_MOST + " sweeps in a row still found work: the handlers do not settle");
    }
}
