package vn.wardqms.service.lifecycle;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.alfresco.core.handler.NodesApi;
import org.alfresco.core.handler.RenditionsApi;
import org.alfresco.core.model.AssociationBody;
import org.alfresco.core.model.Node;
import org.alfresco.core.model.NodeAssociationEntry;
import org.alfresco.core.model.NodeBodyCreate;
import org.alfresco.core.model.NodeBodyMove;
import org.alfresco.core.model.NodeBodyUpdate;
import org.alfresco.core.model.Rendition;
import org.alfresco.core.model.RenditionBodyCreate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;

import feign.FeignException;
import vn.wardqms.service.lifecycle.pdf.ApprovalManifest;
import vn.wardqms.service.lifecycle.pdf.ObsoleteStamp;

/**
 * The PDF copy of an issue (qms:issuedCopy, aspect qms:pdfCopy): the repository's PDF rendition of the issue with the
 * approval manifest as its first page, so a printed copy carries its own proof of approval; stamped on every page when
 * the issue becomes obsolete. It lives next to its document (same folder, same permissions) and moves with it.
 * Every step can be repeated: a copy is found by its link or its name before one is made, and content is written once.
 */
public class IssuedCopies {
    private static final Logger log = LoggerFactory.getLogger(IssuedCopies.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String PDF = "application/pdf";

    private final NodesApi nodes;
    private final RenditionsApi renditions;
    private final ApprovalManifest manifest;
    private final ObsoleteStamp stamp;
    private final LifecycleProperties settings;
    private final Clock clock;

    public IssuedCopies(NodesApi nodes, RenditionsApi renditions, ApprovalManifest manifest, ObsoleteStamp stamp,
                        LifecycleProperties settings, Clock clock) {
        this.nodes = nodes;
        this.renditions = renditions;
        this.manifest = manifest;
        this.stamp = stamp;
        this.settings = settings;
        this.clock = clock;
    }

    /** The copy linked to a document, if any. */
    public Optional<Node> find(String documentId) {
        List<NodeAssociationEntry> linked = nodes.listTargetAssociations(documentId, "(assocType='qms:issuedCopy')",
                List.of("properties", "aspectNames"), null, null, null).getBody().getList().getEntries();
        return linked.isEmpty() ? Optional.empty() : Optional.of(linked.get(0).getEntry());
    }

    /**
     * The document's copy, made if it has none: empty while the repository is still rendering the issue to PDF (the
     * next event or sweep finishes the job).
     */
    public Optional<Node> ensure(Node document) {
        Optional<Node> linked = find(document.getId());
        if (linked.isPresent() && linked.get().getContent() != null) {
            return linked;
        }
        DocumentProperties doc = new DocumentProperties(document);
        if (document.getContent() == null) {
            throw new IllegalStateException(doc.document() + " has no content: there is nothing to render as its PDF copy");
        }
        Optional<byte[]> source = sourcePdf(document);
        if (source.isEmpty()) {
            log.info("issue {} is not yet rendered to PDF: its copy is made on the next event or sweep", doc.document());
            return Optional.empty();
        }
        ByteArrayOutputStream withManifest = new ByteArrayOutputStream();
        try {
            manifest.prepend(new ByteArrayInputStream(source.get()), record(document, doc), withManifest);
        } catch (IOException e) {
            throw new UncheckedIOException("the PDF of " + doc.document() + " cannot be read: " + e.getMessage(), e);
        }
        Node copy = linked.orElseGet(() -> findOrCreate(document, doc));
        if (copy.getContent() == null || copy.getContent().getSizeInBytes() == null || copy.getContent().getSizeInBytes() == 0) {
            copy = nodes.updateNodeContent(copy.getId(), withManifest.toByteArray(), true,
                    "Bản phát hành kèm trang phê duyệt — issued copy with its approval manifest", null, List.of("properties", "aspectNames"), null)
                    .getBody().getEntry();
        }
        if (linked.isEmpty()) {
            nodes.createAssociation(document.getId(), new AssociationBody().targetId(copy.getId()).assocType("qms:issuedCopy"), null);
        }
        return Optional.of(copy);
    }

    /** Stamps the copy of an obsolete issue on every page, once; false while its copy cannot be made yet. */
    public boolean stampObsolete(Node document) {
        Optional<Node> made = ensure(document);
        if (made.isEmpty()) {
            return false;
        }
        Node copy = made.get();
        if (isStamped(copy)) {
            return true;
        }
        DocumentProperties doc = new DocumentProperties(document);
        String detail = "Thu hồi ngày " + doc.day("qms:withdrawnOn", clock.getZone()).map(DAY::format).orElse("?")
                + " — withdrawn; " + doc.text("qms:withdrawalReason").orElse("");
        ByteArrayOutputStream stamped = new ByteArrayOutputStream();
        try (InputStream in = read(nodes.getNodeContent(copy.getId(), true, null, null).getBody())) {
            stamp.stamp(in, settings.obsoleteStamp(), detail, stamped);
        } catch (IOException e) {
            throw new UncheckedIOException("the PDF copy " + copy.getId() + " of " + doc.document() + " cannot be stamped: " + e.getMessage(), e);
        }
        nodes.updateNodeContent(copy.getId(), stamped.toByteArray(), true, settings.obsoleteStamp(), null, null, null);
        Map<String, Object> done = new LinkedHashMap<>();
        done.put("qms:obsoleteStamped", "true");
        nodes.updateNode(copy.getId(), new NodeBodyUpdate().properties(done), null, null);
        return true;
    }

    /** Keeps the copy where its document is, with the same permissions. */
    public void follow(Node document, Node copy) {
        if (!document.getParentId().equals(copy.getParentId())) {
            nodes.moveNode(copy.getId(), new NodeBodyMove().targetParentId(document.getParentId()), null, null);
        }
        nodes.updateNode(copy.getId(), new NodeBodyUpdate().permissions(NodePermissions.of(document)), null, null);
    }

    /** The name of an issue's copy: code and issue number, unique in a folder (the document's own name if it was never issued). */
    static String copyName(String documentName, Optional<String> code, Optional<Integer> issue) {
        String base = code.isPresent() && issue.isPresent() ? code.get() + " - Lần ban hành " + String.format("%02d", issue.get())
                : documentName.replaceFirst("\\.[^.]+$", "") + " - bản PDF";
        return (base + ".pdf").replaceAll("[\\\\/:*?\"<>|]", "-");
    }

    private Node findOrCreate(Node document, DocumentProperties doc) {
        Optional<String> code = doc.text("qms:documentCode");
        Optional<Integer> issue = doc.integer("qms:issueNumber");
        String name = copyName(document.getName(), code, issue);
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("cm:title", name.replaceFirst("\\.pdf$", "") + " (bản PDF có trang phê duyệt / PDF with approval manifest)");
        issue.ifPresent(n -> properties.put("qms:copyOfIssue", String.valueOf(n)));
        try {
            return nodes.createNode(document.getParentId(), new NodeBodyCreate().name(name).nodeType("cm:content")
                    .aspectNames(List.of("cm:titled", "qms:pdfCopy")).properties(properties).permissions(NodePermissions.of(document)),
                    null, null, null, List.of("properties", "aspectNames"), null).getBody().getEntry();
        } catch (FeignException.Conflict e) {
            // Made by an earlier run that failed before linking it.
            return nodes.getNode(document.getParentId(), List.of("properties", "aspectNames"), name, null).getBody().getEntry();
        }
    }

    /** The issue as PDF: itself if it is one, else the repository's "pdf" rendition, asked for and waited on briefly. */
    private Optional<byte[]> sourcePdf(Node document) {
        if (document.getContent() != null && PDF.equals(document.getContent().getMimeType())) {
            return Optional.of(bytes(nodes.getNodeContent(document.getId(), true, null, null).getBody()));
        }
        Instant deadline = clock.instant().plus(settings.renditionWait());
        boolean requested = false;
        while (true) {
            Rendition rendition = renditions.getRendition(document.getId(), "pdf").getBody().getEntry();
            if (rendition.getStatus() == Rendition.StatusEnum.CREATED) {
                return Optional.of(bytes(renditions.getRenditionContent(document.getId(), "pdf", true, null, null, null).getBody()));
            }
            if (!requested) {
                try {
                    renditions.createRendition(document.getId(), new RenditionBodyCreate().id("pdf"));
                } catch (FeignException.Conflict e) {
                    // Already asked for (by an earlier run or by Share): wait for it.
                }
                requested = true;
                continue; // look once more at once: small documents are often rendered by then
            }
            if (!clock.instant().isBefore(deadline)) {
                return Optional.empty();
            }
            sleep(Duration.ofMillis(500));
        }
    }

    private ApprovalManifest.Record record(Node document, DocumentProperties doc) {
        ZoneId zone = clock.getZone();
        List<String> names = doc.list("qms:reviewerNames");
        List<String> titles = doc.list("qms:reviewerJobTitles");
        List<String> dates = doc.list("qms:reviewedOn");
        List<ApprovalManifest.Signatory> reviewers = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            reviewers.add(new ApprovalManifest.Signatory(names.get(i), i < titles.size() ? titles.get(i) : "",
                    i < dates.size() ? dayOf(dates.get(i), zone) : ""));
        }
        String title = doc.text("cm:title").orElse(document.getName().replaceFirst("\\.[^.]+$", ""));
        return new ApprovalManifest.Record(settings.organisation(), doc.text("qms:documentCode").orElse(""), title,
                doc.integer("qms:issueNumber").map(n -> String.format("%02d", n)).orElse(""),
                doc.day("qms:issueDate", zone).map(DAY::format).orElse(""), doc.day("qms:effectiveDate", zone).map(DAY::format).orElse(""),
                new ApprovalManifest.Signatory(doc.text("qms:drafterName").orElse(""), doc.text("qms:drafterJobTitle").orElse(""),
                        doc.day("qms:draftedOn", zone).map(DAY::format).orElse("")),
                reviewers,
                new ApprovalManifest.Signatory(doc.text("qms:approverName").orElse(""), doc.text("qms:approverJobTitle").orElse(""),
                        doc.day("qms:approvedOn", zone).map(DAY::format).orElse("")),
                doc.text("qms:approvalProcessId").orElse(""));
    }

    private static String dayOf(String value, ZoneId zone) {
        Map<String, Object> one = Map.of("d", value);
        Node n = new Node().id("-").name("-").properties(one);
        return new DocumentProperties(n).day("d", zone).map(DAY::format).orElse("");
    }

    static boolean isStamped(Node copy) {
        return copy.getProperties() instanceof Map<?, ?> m && "true".equals(String.valueOf(m.get("qms:obsoleteStamped")));
    }

    private static InputStream read(Resource resource) throws IOException {
        return resource.getInputStream();
    }

    private static byte[] bytes(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a rendition", e);
        }
    }
}
