package vn.wardqms.platform.workflow.standin;

/**
 * A child association as a script sees it (org.alfresco.repo.jscript.ChildAssociation, what ValueConverter makes of a
 * ChildAssociationRef): {@code parent}, {@code child}, {@code type}, {@code name}, {@code isPrimary()}. The stand-in's
 * associations are all primary cm:contains.
 */
public final class StandInChildAssociation {
    private final StandInNode parent;
    private final StandInNode child;

    StandInChildAssociation(StandInNode parent, StandInNode child) {
        this.parent = parent;
        this.child = child;
    }

    public StandInNode getParent() {
        return parent;
    }

    public StandInNode getChild() {
        return child;
    }

    public String getType() {
        return "{http://www.alfresco.org/model/content/1.0}contains";
    }

    public String getName() {
        return "{http://www.alfresco.org/model/content/1.0}" + child.getName();
    }

    public boolean isPrimary() {
        return true;
    }
}
