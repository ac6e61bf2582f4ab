package vn.motcua.signature;

import vn.motcua.platform.events.contract.SignatureState;
import java.time.Instant;

/**
 * The outcome of checking one document's signature, with what the rules ask to keep (Circular 15/2025/TT-BKHCN):
 * signer, certificate serial and issuer, signing time, algorithm and the outcome with its reason.
 *
 * @param signingTime the signing time the signer claimed (signed attribute); null when absent
 * @param detail      why, in English, e.g. "content changed after signing"
 */
public record Verification(SignatureState state, String signerName, String certificateSerial, String issuer,
                           Instant signingTime, String algorithm, String detail) {

    public static Verification of(SignatureState state, String detail) {
        return new Verification(state, null, null, null, null, null, detail);
    }

    Verification with(SignatureState s, String why) {
        return new Verification(s, signerName, certificateSerial, issuer, signingTime, algorithm, why);
    }
}
