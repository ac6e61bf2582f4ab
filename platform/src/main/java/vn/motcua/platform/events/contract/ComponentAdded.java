package vn.motcua.platform.events.contract;

import java.time.OffsetDateTime;

/**
 * Data of {@code vn.motcua.intake.dossier.component-added.v1}: a file was added to a dossier's components, with its
 * content hash and the outcome of its signature check (UNSIGNED, SIGNED, VALID, INVALID, UNTRUSTED, EXPIRED, REVOKED).
 */
public record ComponentAdded(String dossierCode, String componentId, String name, String fileName, String mediaType,
                             long sizeBytes, String sha256, String signatureState, String signerName,
                             String certificateSerial, OffsetDateTime signingTime, String uploadedBy,
                             OffsetDateTime uploadedAt) {
}
