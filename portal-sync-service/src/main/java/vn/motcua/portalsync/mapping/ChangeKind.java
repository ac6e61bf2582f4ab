package vn.motcua.portalsync.mapping;

/** What a change tells the portal; each kind has its operation. */
public enum ChangeKind {
    /** the dossier itself, on acceptance (status 2) */
    DOSSIER(PortalOperation.DOSSIER),
    /** a transition of the case: its status code, dates, processing unit, results */
    STATUS(PortalOperation.PROGRESS),
    /** the applicant brought what was asked for (hồ sơ bổ sung) */
    SUPPLEMENT_RECEIVED(PortalOperation.PROGRESS),
    /** the applicant's rating of a returned dossier */
    RATING(PortalOperation.RATING),
    /** a repair sent by reconciliation: the current local status, again, under a new key */
    RESYNC(PortalOperation.PROGRESS);

    private final PortalOperation operation;

    ChangeKind(PortalOperation operation) {
        this.operation = operation;
    }

    public PortalOperation operation() {
        return operation;
    }
}
