package vn.motcua.processing.result;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.Optional;
import vn.motcua.signature.SignatureVerifier;
import vn.motcua.signature.TrustStore;

/**
 * The verifier over the configured trusted CAs and CRLs ({@code motcua.signature.trust-dir}: CA certificates as
 * PEM / CRT / CER, CRLs as .crl). Read at each verification, so a new CRL dropped in the directory counts at once.
 */
@ApplicationScoped
public class TrustedSignatures {

    private final Optional<Path> trustDir;

    public TrustedSignatures(vn.motcua.platform.content.SignatureTrustConfig config) {
        this.trustDir = config.trustDir();
    }

    public SignatureVerifier verifier() {
        return new SignatureVerifier(TrustStore.fromDirectory(trustDir.orElse(null)));
    }
}
