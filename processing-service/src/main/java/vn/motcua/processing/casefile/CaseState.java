package vn.motcua.processing.casefile;

/**
 * States of a case, each mapped to the National Public Service Portal's dossier status code (1–10) for sync.
 * The processing lifecycle (assignment, supplement, transfer, approval, result) extends this list.
 */
public enum CaseState {
    /** Received from intake, not yet assigned (portal: 2 accepted). */
    RECEIVED(2);

    private final int nationalStatusCode;

    CaseState(int nationalStatusCode) {
        this.nationalStatusCode = nationalStatusCode;
    }

    public int nationalStatusCode() {
        return nationalStatusCode;
    }
}
