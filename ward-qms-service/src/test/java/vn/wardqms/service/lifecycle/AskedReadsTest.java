package vn.wardqms.service.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;

import org.alfresco.core.handler.NodesApi;
import org.alfresco.core.model.Node;
import org.alfresco.core.model.NodeChildAssociation;
import org.alfresco.core.model.NodeChildAssociationEntry;
import org.alfresco.core.model.NodeChildAssociationPaging;
import org.alfresco.core.model.NodeChildAssociationPagingList;
import org.alfresco.core.model.NodeEntry;
import org.alfresco.core.model.PermissionsInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

import vn.wardqms.service.acs.AskedReads;

/** The check that main code reads only what its request asked for catches a read it did not ask for, and only that. */
class AskedReadsTest {
    /** A repository client answering with everything, as a kind stand-in would: the check must still see the read. */
    private final NodesApi nodes = (NodesApi) AskedReads.wrap(Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {NodesApi.class}, (proxy, method, args) -> switch (method.getName()) {
                case "getNode" -> ResponseEntity.ok(new NodeEntry().entry(new Node().id("n1").name("QT-01.docx")
                        .properties(Map.of("qms:documentCode", "QT-01")).permissions(new PermissionsInfo().isInheritanceEnabled(false))));
                case "listNodeChildren" -> ResponseEntity.ok(new NodeChildAssociationPaging()._list(new NodeChildAssociationPagingList()
                        .entries(List.of(new NodeChildAssociationEntry().entry(child())))));
                default -> throw new UnsupportedOperationException(method.getName());
            }));

    private static NodeChildAssociation child() {
        NodeChildAssociation child = new NodeChildAssociation();
        child.setId("n2");
        child.setName("QT-02.docx");
        child.setProperties(Map.of("qms:documentCode", "QT-02"));
        return child;
    }

    @AfterEach
    void forget() {
        AskedReads.reset();
    }

    @Test
    void aReadOfPermissionsNotAskedForIsCaughtWithTheCodeThatReadIt() {
        NodePermissions.of(nodes.getNode("n1", null, null, null).getBody().getEntry());
        assertThat(AskedReads.violations()).singleElement().asString()
                .startsWith("NodePermissions.with:").contains("reads permissions of 'QT-01.docx'").contains("getNode");

        AskedReads.reset();
        NodePermissions.of(nodes.getNode("n1", List.of("permissions"), null, null).getBody().getEntry());
        assertThat(AskedReads.violations()).isEmpty();
    }

    @Test
    void aListedNodeHasNoPropertiesUnlessAskedFor() {
        Node child = nodes.listNodeChildren("f", 0, 100, null, null, null, null, null, null).getBody().getList().getEntries().get(0).getEntry();
        assertThat(IssuedCopies.isStamped(child)).isFalse();
        assertThat(AskedReads.violations()).singleElement().asString().contains("reads properties of 'QT-02.docx'")
                .contains("listNodeChildren");

        AskedReads.reset();
        Node asked = nodes.listNodeChildren("f", 0, 100, null, null, List.of("properties"), null, null, null).getBody().getList()
                .getEntries().get(0).getEntry();
        IssuedCopies.isStamped(asked);
        assertThat(AskedReads.violations()).isEmpty();
        // A single node's properties come by default, and the test's own reads are not the service's.
        nodes.getNode("n1", null, null, null).getBody().getEntry().getProperties();
        assertThat(AskedReads.violations()).isEmpty();
    }
}
