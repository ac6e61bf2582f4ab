package vn.motcua.platform.events.contract;

/** The signature state of a component or result document (trạng thái chữ ký số). */
public enum SignatureState {
    /** No signature. */
    UNSIGNED,
    /** A signature is present but could not be checked (no trusted CA configured). */
    SIGNED,
    /** Intact, and the signer's certificate chains to a trusted CA and was valid at signing time, not revoked. */
    VALID,
    /** The content was altered after signing or the signature is broken. */
    INVALID,
    /** Intact, but the certificate does not chain to a trusted CA. */
    UNTRUSTED,
    /** Intact, but the certificate was not valid at signing time. */
    EXPIRED,
    /** Intact, but a certificate of the chain is revoked. */
    REVOKED
}
