package vn.motcua.platform.content;

import io.smallrye.config.ConfigMapping;
import java.nio.file.Path;
import java.util.Optional;

/** Trust for digital signatures (chữ ký số): {@code motcua.signature.*}. */
@ConfigMapping(prefix = "motcua.signature")
public interface SignatureTrustConfig {

    /**
     * Trusted CA certificates and CRLs (the Government Cipher Committee's root CA, the licensed CAs'); none: a
     * signature is reported with its signer but not trusted.
     */
    Optional<Path> trustDir();
}
