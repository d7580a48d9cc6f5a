package vn.wardqms.service.lifecycle;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alfresco.core.handler.NodesApi;
import org.alfresco.core.model.NodeBodyCreate;
import org.alfresco.core.model.NodeChildAssociationEntry;
import org.alfresco.core.model.NodeChildAssociationPaging;

import feign.FeignException;

/**
 * Gives a new controlled document its code (Mã hiệu), unique and without gaps even when publications run at once.
 * The counter is the repository itself: a code is claimed by creating a folder named after it in the claims folder,
 * and the repository refuses a second child of the same name atomically (409 Conflict), so of two publications
 * claiming QT-05 at once exactly one wins and the other takes QT-06. The claim records the document it is for, so
 * a publication that is retried after a failure finds its own claim again instead of taking a new number.
 * <p>
 * Each issue of a code is claimed the same way, as a folder inside the code's (Mã hiệu tài liệu/QT-02/Lần ban hành 03):
 * the code and issue number are claimed together, so two amendments of one issue can never both be issued as the
 * same issue of the same code.
 */
public class CodeAllocator {
    private static final int PAGE = 1000;
    private static final int ATTEMPTS = 50;

    private final NodesApi nodes;

    public CodeAllocator(NodesApi nodes) {
        this.nodes = nodes;
    }

    public String allocate(String claimsFolderId, LifecycleProperties.CodePattern pattern, String documentId) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Map<String, String> claims = claims(claimsFolderId);
            for (Map.Entry<String, String> claim : claims.entrySet()) {
                if (documentId.equals(claim.getValue()) && pattern.numberOf(claim.getKey()) > 0) {
                    return claim.getKey();
                }
            }
            int next = claims.keySet().stream().mapToInt(pattern::numberOf).max().orElse(0) + 1;
            String code = pattern.format(Math.max(next, 1));
            try {
                create(claimsFolderId, code, documentId);
                return code;
            } catch (FeignException.Conflict taken) {
                // Another publication claimed this number between our read and our write: read again.
            }
        }
        throw new IllegalStateException("could not claim a code " + pattern.format(0) + " after " + ATTEMPTS + " attempts");
    }

    /**
     * Claims a code the document already carries (typed by a person, or filled from its cover page) in the same
     * register, so no number is ever given to two documents: the allocator counts it, and a second document with that
     * code is refused, naming the first. A claim this document already holds is kept (a retried publication).
     */
    public void claim(String claimsFolderId, String code, String documentId) {
        try {
            create(claimsFolderId, code, documentId);
        } catch (FeignException.Conflict taken) {
            String holder = claims(claimsFolderId).get(code);
            if (!documentId.equals(holder)) {
                throw new IllegalStateException("code " + code + " is already the code of document " + holder
                        + " (Dữ liệu hệ thống QMS/Mã hiệu tài liệu): give document " + documentId
                        + " another code, or clear its code to have the next one allocated; nothing was published");
            }
        }
    }

    /**
     * Claims issue {@code issue} of {@code code} for the document: kept if the document already holds it (a retried
     * publication), refused naming the holder if another does. The code's own claim is made for {@code codeHolder}
     * (the document that first had the code) if it is missing, as for an issue published before issues were claimed.
     */
    public void claimIssue(String claimsFolderId, String code, int issue, String documentId, String codeHolder) {
        String codeFolder = codeFolder(claimsFolderId, code, codeHolder);
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("cm:title", documentId);
        properties.put("cm:description", "Issue " + issue + " of " + code + " claimed for document " + documentId
                + " — Lần ban hành " + issue + " của " + code + " dành cho tài liệu " + documentId);
        try {
            nodes.createNode(codeFolder, new NodeBodyCreate().name(issueName(issue)).nodeType("cm:folder").properties(properties),
                    false, null, null, null, null);
        } catch (FeignException.Conflict taken) {
            String holder = claims(codeFolder).getOrDefault(issueName(issue), "");
            if (!documentId.equals(holder)) {
                throw new IllegalStateException("issue " + issue + " of " + code + " is already claimed by document " + holder
                        + " (Dữ liệu hệ thống QMS/Mã hiệu tài liệu/" + nameOf(code) + "/" + issueName(issue) + "): document " + documentId
                        + " cannot be issued as the same issue of the same code (one amendment per issue); nothing was published");
            }
        }
    }

    static String issueName(int issue) {
        return String.format("Lần ban hành %02d", issue);
    }

    /** The code's claim folder, made for {@code codeHolder} if missing (a concurrent maker wins, and is read back). */
    private String codeFolder(String claimsFolderId, String code, String codeHolder) {
        String id = childId(claimsFolderId, nameOf(code));
        if (id == null) {
            try {
                create(claimsFolderId, code, codeHolder);
            } catch (FeignException.Conflict raced) {
                // Claimed meanwhile: read it below.
            }
            id = childId(claimsFolderId, nameOf(code));
        }
        if (id == null) {
            throw new IllegalStateException("the claim of code " + code + " cannot be read back from the claims register");
        }
        return id;
    }

    private String childId(String folderId, String name) {
        for (int skip = 0; ; skip += PAGE) {
            NodeChildAssociationPaging page = nodes.listNodeChildren(folderId, skip, PAGE, null, null, null, null, null, null).getBody();
            for (NodeChildAssociationEntry e : page.getList().getEntries()) {
                if (name.equals(e.getEntry().getName())) {
                    return e.getEntry().getId();
                }
            }
            if (!Boolean.TRUE.equals(page.getList().getPagination().isHasMoreItems())) {
                return null;
            }
        }
    }

    private void create(String claimsFolderId, String code, String documentId) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("cm:title", documentId);
        properties.put("cm:description", "Mã hiệu " + code + " — code claimed for document " + documentId);
        nodes.createNode(claimsFolderId, new NodeBodyCreate().name(nameOf(code)).nodeType("cm:folder").properties(properties),
                false, null, null, null, null);
    }

    /** A code as a node name: '/' (allowed in codes such as BM-02/QT-05) is not allowed in names. */
    static String nameOf(String code) {
        return code.replace("/", "%2F");
    }

    static String codeOf(String name) {
        return name.replace("%2F", "/");
    }

    /** Code to the id of the document it was claimed for. */
    private Map<String, String> claims(String folderId) {
        Map<String, String> claims = new LinkedHashMap<>();
        for (int skip = 0; ; skip += PAGE) {
            NodeChildAssociationPaging page = nodes.listNodeChildren(folderId, skip, PAGE, null, null, List.of("properties"),
                    null, null, null).getBody();
            for (NodeChildAssociationEntry e : page.getList().getEntries()) {
                Object title = e.getEntry().getProperties() instanceof Map<?, ?> p ? p.get("cm:title") : null;
                claims.put(codeOf(e.getEntry().getName()), title == null ? "" : title.toString());
            }
            if (!Boolean.TRUE.equals(page.getList().getPagination().isHasMoreItems())) {
                return claims;
            }
        }
    }
}
