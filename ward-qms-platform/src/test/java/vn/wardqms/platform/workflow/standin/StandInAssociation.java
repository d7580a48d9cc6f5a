package vn.wardqms.platform.workflow.standin;

/**
 * A peer association as a script sees it (org.alfresco.repo.jscript.Association, what ValueConverter makes of an
 * AssociationRef): {@code source}, {@code target}, {@code type} (the full QName, "{uri}local").
 */
public final class StandInAssociation {
    private final StandInNode source;
    private final StandInNode target;
    private final String type;

    StandInAssociation(StandInNode source, StandInNode target, String fullType) {
        this.source = source;
        this.target = target;
        this.type = fullType;
    }

    public StandInNode getSource() {
        return source;
    }

    public StandInNode getTarget() {
        return target;
    }

    public String getType() {
        return type;
    }
}
