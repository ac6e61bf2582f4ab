package vn.motcua.testsupport;

import io.smallrye.jwt.build.Jwt;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Bearer tokens shaped like Keycloak's (realm roles under {@code realm_access}, {@code preferred_username},
 * {@code agency}) and signed with an RSA key pair made once per test JVM; {@link RealInfrastructure} hands the
 * public key to the service, whose real OIDC bearer check then verifies them. Lets one test act as several users.
 *
 * <p>The key pair lives in system properties so the test class and the application (two class loaders) share it.
 */
public final class TestTokens {

    public static final String ISSUER = "https://motcua.test/realms/motcua";
    private static final String PRIVATE = "motcua.test.oidc.private-key";
    private static final String PUBLIC = "motcua.test.oidc.public-key";

    private TestTokens() {
    }

    /** A token for {@code username} with realm {@code roles}, attached to {@code agency} (null for none). */
    public static String token(String username, String agency, String... roles) {
        return token(Shape.ACCESS, username, agency, roles);
    }

    /**
     * What kind of token: its audience ({@code aud}, none when null) and type ({@code typ}: "Bearer" for an access
     * token, "ID" for an ID token).
     */
    public record Shape(String audience, String type) {
        /** What the realm's clients issue to call the API. */
        public static final Shape ACCESS = new Shape(AUDIENCE, "Bearer");
    }

    /** The audience the realm's clients put in their access tokens and the services require. */
    public static final String AUDIENCE = "motcua-api";

    /** A token of the given shape, to prove that the services refuse the wrong ones. */
    public static String token(Shape shape, String username, String agency, String... roles) {
        var claims = Jwt.issuer(ISSUER)
                .subject(username)
                .preferredUserName(username)
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .claim("typ", shape.type())
                .expiresIn(3600);
        if (shape.audience() != null) {
            claims.audience(shape.audience());
        }
        if (agency != null) {
            claims.claim("agency", agency);
        }
        return claims.jws().keyId("motcua-test").sign(privateKey());
    }

    /** {@code Authorization} header value. */
    public static String bearer(String username, String agency, String... roles) {
        return "Bearer " + token(username, agency, roles);
    }

    public static synchronized String publicKeyBase64() {
        ensureKeys();
        return System.getProperty(PUBLIC);
    }

    private static PrivateKey privateKey() {
        ensureKeys();
        try {
            byte[] der = Base64.getDecoder().decode(System.getProperty(PRIVATE));
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static synchronized void ensureKeys() {
        if (System.getProperty(PRIVATE) != null) {
            return;
        }
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            KeyPair kp = g.generateKeyPair();
            System.setProperty(PUBLIC, Base64.getEncoder().encodeToString(kp.getPublic().getEncoded()));
            System.setProperty(PRIVATE, Base64.getEncoder().encodeToString(kp.getPrivate().getEncoded()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
