package vn.wardqms.service.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alfresco.core.handler.NodesApi;
import org.alfresco.core.model.Node;
import org.alfresco.core.model.NodeBodyUpdate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;

import vn.wardqms.service.events.CurrentStateHandler;
import vn.wardqms.service.events.EventType;
import vn.wardqms.service.events.RepoEvent;

/**
 * An uploaded draft gets its empty properties filled from its own cover page (code, title, the Soạn thảo / Xem xét /
 * Phê duyệt names, job titles and dates), each filled property listed in {@code qms:extractedFields} for a person to
 * confirm. A property that has a value is never written; what the cover says differently, and what publication will
 * set (issue number, issue and effective dates), goes into {@code qms:extractionNotes}. Everything, the aspect
 * {@code qms:extractedMetadata} included, is one update of the node, so a failure leaves nothing half-done, and the
 * aspect makes a second run (a duplicated event, the sweep) change nothing. A file that cannot be read (encrypted,
 * not DOCX/DOC/ODT/PDF, too large) gets the reason as a note and is not read again.
 */
public class CoverPagePrefillHandler extends CurrentStateHandler {
    private static final Logger LOG = LoggerFactory.getLogger(CoverPagePrefillHandler.class);
    public static final String ASPECT = "qms:extractedMetadata";
    static final String DOCUMENT = "qms:controlledDocument";
    public static final String QUERY = "TYPE:'" + DOCUMENT + "' AND NOT TYPE:'qms:externalDocument' AND =qms:lifecycleState:'DRAFT'"
            + " AND NOT ASPECT:'" + ASPECT + "'";

    private final CoverPageExtractor extractor;
    private final Clock clock;

    public CoverPagePrefillHandler(NodesApi nodes, CoverPageExtractor extractor, Clock clock) {
        super(nodes);
        this.extractor = extractor;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "cover-page";
    }

    @Override
    public boolean wants(RepoEvent event) {
        if (event.node() == null || (event.type() != EventType.NODE_CREATED && event.type() != EventType.NODE_UPDATED)) {
            return false;
        }
        // qms:lifecycleState is mandatory (default DRAFT), so every event of a controlled document carries it.
        return DOCUMENT.equals(event.node().nodeType()) && !event.node().aspectNames().contains(ASPECT)
                && "DRAFT".equals(event.node().properties().get("qms:lifecycleState"));
    }

    @Override
    public String reconciliationQuery() {
        return QUERY;
    }

    @Override
    protected boolean needsAction(Node current) {
        Map<?, ?> properties = current.getProperties() instanceof Map<?, ?> m ? m : Map.of();
        // A file still being written (WebDAV creates it empty first) is read once its content is there.
        return DOCUMENT.equals(current.getNodeType()) && (current.getAspectNames() == null || !current.getAspectNames().contains(ASPECT))
                && "DRAFT".equals(String.valueOf(properties.get("qms:lifecycleState")))
                && current.getContent() != null && current.getContent().getSizeInBytes() != null && current.getContent().getSizeInBytes() > 0;
    }

    @Override
    protected void act(Node current) {
        Prefill prefill = new Prefill(current.getProperties() instanceof Map<?, ?> m ? m : Map.of());
        try {
            prefill.from(extractor.extract(content(current), current.getName()), clock.getZone());
        } catch (ExtractionException e) {
            // The file itself is the problem: say so on the document, and do not try it again.
            prefill.unreadable(e);
            LOG.info("cover page of {} ({}) not read: {}", current.getId(), current.getName(), e.getMessage());
        }
        List<String> aspects = new ArrayList<>(current.getAspectNames() == null ? List.of() : current.getAspectNames());
        aspects.add(ASPECT);
        Map<String, Object> update = new LinkedHashMap<>(prefill.values());
        // Text values, as the REST API's node update takes them: the names separated by spaces, one note a line.
        update.put("qms:extractedFields", String.join(" ", prefill.filled()));
        update.put("qms:extractedOn", OffsetDateTime.now(clock).toString());
        update.put("qms:extractionNotes", String.join("\n", prefill.notes()));
        nodes().updateNode(current.getId(), new NodeBodyUpdate().aspectNames(aspects).properties(update), null, null);
    }

    /** The node's content, refused before the transfer if the repository says it is larger than the limit. */
    private byte[] content(Node current) throws ExtractionException {
        long max = extractor.limits().maxBytes();
        DocumentReader.checkSize(current.getContent().getSizeInBytes(), max, current.getName());
        Resource body = nodes().getNodeContent(current.getId(), true, null, null).getBody();
        if (body == null) {
            throw new IllegalStateException("node " + current.getId() + " has no content to read");
        }
        try (InputStream in = body.getInputStream()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, max + 1));
            DocumentReader.checkSize(bytes.length, max, current.getName());
            return bytes;
        } catch (IOException e) {
            // the repository or the network, not the file: the next event or sweep tries again
            throw new UncheckedIOException("cannot read the content of node " + current.getId(), e);
        }
    }
}
