package vn.wardqms.service.lifecycle;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.alfresco.core.handler.NodesApi;
import org.alfresco.core.handler.VersionsApi;
import org.alfresco.core.model.Node;
import org.alfresco.core.model.Version;
import org.alfresco.core.model.VersionEntry;

import vn.wardqms.service.events.EventType;
import vn.wardqms.service.events.RepoEvent;

/**
 * A draft saved again and again keeps one version per editing session. The repository makes a minor version at
 * every content save (Office over the network drive saves often, and every save is a WebDAV PUT), so a draft
 * saved ten times would carry ten versions. This handler groups the minor versions above the newest major one
 * into editing sessions — consecutive saves by the same person, each within {@code ward-qms.drafts.editing-session}
 * (30 minutes) of the one before — and deletes every version of a session but its last, through the versions API.
 * <p>
 * The bound: a draft's history holds its major versions (earlier issues, never touched) plus at most one minor
 * version per editing session. The current version is always its session's last, so it is never deleted; minor
 * versions below a major one belong to an earlier issue's history and are left alone.
 * <p>
 * Runs on every event that shows a document in DRAFT and in the sweep; unlike the other handlers' queries, the
 * sweep's keeps matching a draft once compacted (a visit that finds nothing to delete only reads).
 */
public class DraftVersionsHandler extends StateHandler {
    public static final String QUERY = "TYPE:'qms:controlledDocument' AND =qms:lifecycleState:'DRAFT'";

    private final VersionsApi versions;
    private final Duration session;

    public DraftVersionsHandler(NodesApi nodes, VersionsApi versions, DraftVersionsProperties settings) {
        super(nodes, "draft-versions", LifecycleState.DRAFT, QUERY);
        this.versions = versions;
        this.session = settings.editingSession();
    }

    /** Only a save makes a version: an update that left the version label as it was (a property edit) needs no look. */
    @Override
    public boolean wants(RepoEvent event) {
        return super.wants(event) && (event.type() != EventType.NODE_UPDATED || event.nodeBefore() == null
                || event.nodeBefore().properties().containsKey("cm:versionLabel"));
    }

    /** The history is read only when the head is a second minor version or later: below that, nothing can be merged. */
    @Override
    protected boolean needsAction(Node current, DocumentProperties doc) {
        Object label = current.getProperties() instanceof java.util.Map<?, ?> p ? p.get("cm:versionLabel") : null;
        if (label != null && label.toString().matches("\\d+\\.[01]")) {
            return false;
        }
        return !superseded(history(current.getId())).isEmpty();
    }

    @Override
    protected void act(Node current) {
        for (Version v : superseded(history(current.getId()))) {
            versions.deleteVersion(current.getId(), v.getId());
        }
    }

    /** The minor versions above the newest major one that a later save of the same editing session replaces. */
    List<Version> superseded(List<Version> newestFirst) {
        List<Version> result = new ArrayList<>();
        Version later = null;
        for (Version v : newestFirst) {
            if (isMajor(v)) {
                break;
            }
            if (later != null && sameSession(v, later)) {
                result.add(v);
            }
            later = v;
        }
        return result;
    }

    private boolean sameSession(Version earlier, Version later) {
        String by = earlier.getModifiedByUser() == null ? null : earlier.getModifiedByUser().getId();
        String laterBy = later.getModifiedByUser() == null ? null : later.getModifiedByUser().getId();
        OffsetDateTime at = earlier.getModifiedAt();
        OffsetDateTime laterAt = later.getModifiedAt();
        if (by == null || !Objects.equals(by, laterBy) || at == null || laterAt == null) {
            return false; // who or when unknown: never merged
        }
        Duration pause = Duration.between(at, laterAt);
        return !pause.isNegative() && pause.compareTo(session) <= 0;
    }

    private List<Version> history(String nodeId) {
        return versions.listVersionHistory(nodeId, null, null, 0, 1000).getBody().getList().getEntries().stream()
                .map(VersionEntry::getEntry).toList();
    }

    private static boolean isMajor(Version v) {
        return v.getId() != null && v.getId().endsWith(".0");
    }
}
