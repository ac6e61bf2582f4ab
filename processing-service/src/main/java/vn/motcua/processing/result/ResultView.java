package vn.motcua.processing.result;

import vn.motcua.platform.events.contract.SignatureState;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A result document's metadata and signature verification, without its content. */
public record ResultView(UUID id, String fileName, String mediaType, long sizeBytes, String sha256, SignatureState signatureState,
                         String signerName, String certificateSerial, String issuer, OffsetDateTime signingTime,
                         String algorithm, String verificationDetail, String uploadedBy, OffsetDateTime uploadedAt) {

    static ResultView of(ResultDocument d) {
        return new ResultView(d.id, d.fileName, d.mediaType, d.sizeBytes, d.sha256, d.signatureState, d.signerName,
                d.certificateSerial, d.issuer, d.signingTime, d.algorithm, d.verificationDetail, d.uploadedBy, d.uploadedAt);
    }
}
