package vn.motcua.processing.payment.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.motcua.portalsim.payment.GatewaySigner;
import vn.motcua.processing.payment.PaymentConfig.SignatureScheme;

/** Both signature schemes, against the simulated gateway's own signer: what it signs verifies, nothing else does. */
class ReportVerifierTest {

    static GatewayReport report(long amount, String signature) {
        return new GatewayReport("MOTCUA-HANAM", "GW1", "MC1", "000.17.22.H56-261203-0001-TT01", amount, "VND", "PAID",
                "2026-12-03T10:15:00+07:00", signature);
    }

    static GatewayReport signed(GatewaySigner signer, long amount) {
        return report(amount, signer.sign(report(amount, null).canonical()));
    }

    static KeyPair rsa() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        return g.generateKeyPair();
    }

    @Test
    void hmacReportsVerifyWithTheSharedSecretOnly() {
        ReportVerifier v = new ReportVerifier(SignatureScheme.HMAC_SHA256, "s3cret", Optional.empty());
        assertThat(v.authentic(signed(GatewaySigner.hmac("s3cret"), 150_000))).isTrue();
        assertThat(v.authentic(signed(GatewaySigner.hmac("other"), 150_000))).isFalse();
        GatewayReport good = signed(GatewaySigner.hmac("s3cret"), 150_000);
        assertThat(v.authentic(report(15_000, good.signature()))).as("amount changed after signing").isFalse();
        assertThat(v.authentic(report(150_000, null))).isFalse();
        assertThat(v.authentic(report(150_000, ""))).isFalse();
    }

    @Test
    void rsaReportsVerifyWithTheGatewaysPublicKeyOnly() throws Exception {
        KeyPair gateway = rsa();
        KeyPair impostor = rsa();
        String publicKey = Base64.getEncoder().encodeToString(gateway.getPublic().getEncoded());
        ReportVerifier v = new ReportVerifier(SignatureScheme.RSA_SHA256, "s3cret", Optional.of(publicKey));
        GatewayReport good = signed(GatewaySigner.rsa(gateway), 150_000);
        assertThat(v.authentic(good)).isTrue();
        assertThat(v.authentic(signed(GatewaySigner.rsa(impostor), 150_000))).isFalse();
        assertThat(v.authentic(report(15_000, good.signature()))).isFalse();
        assertThat(v.authentic(signed(GatewaySigner.hmac("s3cret"), 150_000))).as("an HMAC where RSA is expected").isFalse();
        assertThat(v.authentic(report(150_000, "not base64 !"))).isFalse();
    }

    @Test
    void rsaWithoutAUsablePublicKeyDoesNotStart() {
        assertThatThrownBy(() -> new ReportVerifier(SignatureScheme.RSA_SHA256, "s", Optional.empty()))
                .hasMessageContaining("public-key");
        assertThatThrownBy(() -> new ReportVerifier(SignatureScheme.RSA_SHA256, "s", Optional.of("AAAA")))
                .hasMessageContaining("X.509");
    }
}
