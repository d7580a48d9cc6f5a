package vn.wardqms.platform.workflow.standin;

import java.util.ArrayList;

/** A person association with many targets as a process variable (the repository's ActivitiScriptNodeList). */
public final class StandInNodeList extends ArrayList<StandInNode> {
    private static final long serialVersionUID = 1L;
}
