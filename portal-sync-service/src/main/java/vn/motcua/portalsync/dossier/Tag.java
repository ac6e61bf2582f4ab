package vn.motcua.portalsync.dossier;

/**
 * Marks of the changes that others must follow (intake and processing publish on two topics, read by two
 * consumers, so a causally later event can be read first): a change that waits for the n-th change of a tag is held
 * until that one is recorded, and goes out after it.
 */
public enum Tag {
    /** the dossier itself: every other change waits for it */
    DOSSIER,
    /** processing asked the applicant for a supplement: intake's supplement follows one */
    SUPPLEMENT_REQUESTED,
    /** intake received a supplement: processing's online resumption follows one */
    SUPPLEMENT_RECEIVED,
    /** processing resumed the case on intake's supplement */
    SUPPLEMENT_RESUMED_ONLINE,
    /** the result was handed over: the rating follows it */
    RETURNED
}
