package vn.motcua.platform.events.contract;

import jakarta.annotation.Nullable;
import java.time.OffsetDateTime;

/**
 * Data of {@code vn.motcua.intake.dossier.component-added.v1}: a file was added to a dossier's components, with its
 * content hash and the outcome of its signature check (UNSIGNED, SIGNED, VALID, INVALID, UNTRUSTED, EXPIRED, REVOKED).
 */
public record ComponentAdded(String dossierCode, String componentId, String name, String fileName, @Nullable String mediaType,
                             long sizeBytes, String sha256, SignatureState signatureState, @Nullable String signerName,
                             @Nullable String certificateSerial, @Nullable OffsetDateTime signingTime, String uploadedBy,
                             OffsetDateTime uploadedAt) {
}
