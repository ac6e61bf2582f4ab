package vn.motcua.portalsim.payment;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Signature;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How the simulated gateway signs what it reports (callbacks, status answers, the daily list): HMAC-SHA256 with the
 * merchant's shared secret (hex), or SHA256withRSA with the gateway's private key (Base64), the two schemes provincial
 * connections to payment platforms use. Requests from the province are always authenticated with the shared secret.
 */
public sealed interface GatewaySigner {

    String sign(String text);

    /** The gateway's public key (X.509, Base64) that the province configures; null for HMAC. */
    String publicKey();

    static GatewaySigner hmac(String secret) {
        return new Hmac(secret);
    }

    static GatewaySigner rsa(KeyPair keys) {
        return new Rsa(keys);
    }

    /** HMAC-SHA256 of {@code text} with {@code secret}, lower-case hex. */
    static String hmacHex(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    record Hmac(String secret) implements GatewaySigner {
        @Override
        public String sign(String text) {
            return hmacHex(secret, text);
        }

        @Override
        public String publicKey() {
            return null;
        }
    }

    record Rsa(KeyPair keys) implements GatewaySigner {
        @Override
        public String sign(String text) {
            try {
                Signature s = Signature.getInstance("SHA256withRSA");
                s.initSign(keys.getPrivate());
                s.update(text.getBytes(StandardCharsets.UTF_8));
                return Base64.getEncoder().encodeToString(s.sign());
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public String publicKey() {
            return Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
        }
    }
}
