package vn.motcua.processing.payment.gateway;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import vn.motcua.processing.payment.PaymentConfig;

/**
 * Checks the signature of a gateway's report before anything in it is believed: HMAC-SHA256 with the shared secret
 * (hex), or SHA256withRSA with the gateway's public key (Base64), as configured ({@code motcua.payment.gateway.signature}).
 * Also signs the province's own requests (always HMAC with the shared secret).
 */
@ApplicationScoped
public class ReportVerifier {

    private final PaymentConfig.SignatureScheme scheme;
    private final String secret;
    private final PublicKey gatewayKey;

    @jakarta.inject.Inject
    public ReportVerifier(PaymentConfig payment) {
        this(payment.gateway().signature(), payment.gateway().secretKey(), payment.gateway().publicKey());
    }

    public ReportVerifier(PaymentConfig.SignatureScheme scheme, String secret, java.util.Optional<String> publicKey) {
        this.scheme = scheme;
        this.secret = secret;
        this.gatewayKey = scheme == PaymentConfig.SignatureScheme.RSA_SHA256
                ? publicKey(publicKey.orElseThrow(() -> new IllegalStateException(
                "motcua.payment.gateway.public-key is needed when the gateway signs with RSA_SHA256")))
                : null;
    }

    public boolean authentic(GatewayReport r) {
        if (r.signature() == null || r.signature().isBlank()) {
            return false;
        }
        return switch (scheme) {
            case HMAC_SHA256 -> MessageDigest.isEqual(hmac(secret, r.canonical()).getBytes(StandardCharsets.UTF_8),
                    r.signature().getBytes(StandardCharsets.UTF_8));
            case RSA_SHA256 -> rsaValid(r.canonical(), r.signature());
        };
    }

    /** The province's signature of a request's signed text. */
    public String signRequest(String text) {
        return hmac(secret, text);
    }

    static String hmac(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean rsaValid(String text, String signature) {
        try {
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initVerify(gatewayKey);
            s.update(text.getBytes(StandardCharsets.UTF_8));
            return s.verify(Base64.getDecoder().decode(signature));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return false; // not Base64, not a signature of that size: forged
        }
    }

    private static PublicKey publicKey(String base64) {
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64.strip())));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new IllegalStateException("motcua.payment.gateway.public-key is not an X.509 RSA public key in Base64", e);
        }
    }
}
