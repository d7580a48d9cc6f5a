package vn.wardqms.service.lifecycle;

import org.alfresco.core.handler.NodesApi;

import vn.wardqms.service.config.QmsProperties;
import vn.wardqms.service.provisioning.SiteLayout;

/**
 * The folders of the QMS site that documents move between, looked up by their provisioned paths each time they are
 * needed (one read each; moves are rare), so that a re-provisioned site is always the one used.
 */
public class SiteAreas {
    private final NodesApi nodes;
    private final QmsProperties properties;

    public SiteAreas(NodesApi nodes, QmsProperties properties) {
        this.nodes = nodes;
        this.properties = properties;
    }

    /** Where an issue in force of this kind lives: read-only to staff. */
    public String inForce(String kind) {
        if ("EXTERNAL".equals(kind)) {
            return folder(SiteLayout.EXTERNAL);
        }
        String kindFolder = SiteLayout.KIND_FOLDERS.get(kind);
        if (kindFolder == null) {
            throw new IllegalStateException("no folder for document kind " + kind);
        }
        return folder(SiteLayout.INTERNAL + "/" + kindFolder);
    }

    /** Where obsolete documents are kept apart: the quality secretary and approvers only. */
    public String obsolete() {
        return folder(SiteLayout.OBSOLETE);
    }

    /** The records audit register (tombstones, transfers, holds). */
    public String auditRegister() {
        return folder(SiteLayout.SYSTEM + "/" + SiteLayout.AUDIT_REGISTER);
    }

    /** Hồ sơ/Xác định giá trị tài liệu: where the quality secretary records the competent person's decisions. */
    public String appraisal() {
        return folder(SiteLayout.RECORDS + "/" + SiteLayout.APPRAISAL);
    }

    /** Hồ sơ/Hồ sơ xét hủy tài liệu: where the quality secretary records the documents of destruction dossiers. */
    public String dossiers() {
        return folder(SiteLayout.RECORDS + "/" + SiteLayout.DOSSIERS);
    }

    public String codeClaims() {
        return folder(SiteLayout.SYSTEM + "/" + SiteLayout.CODE_CLAIMS);
    }

    /** One request: the folder by its path from Company Home (the -root- alias), through the site's document library. */
    private String folder(String path) {
        return nodes.getNode("-root-", null, "Sites/" + properties.siteId() + "/documentLibrary/" + path, null).getBody().getEntry().getId();
    }
}
