package vn.motcua.signature;

import vn.motcua.platform.events.contract.SignatureState;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.signature.testing.TestPki;

class SignatureVerifierTest {

    static final TestPki PKI = TestPki.create("Test Root CA");
    static final TestPki STRANGER = TestPki.create("Unknown CA");
    static final TestPki.Signer GOOD = PKI.issue("Nguyễn Văn Lãnh Đạo");
    static final TestPki.Signer REVOKED = PKI.issue("Revoked Officer");
    static final TestPki.Signer EXPIRED = PKI.issue("Expired Officer", Instant.now().minus(Duration.ofDays(800)),
            Instant.now().minus(Duration.ofDays(435)));
    static final TestPki.Signer FOREIGN = STRANGER.issue("Someone Else");
    static final SignatureVerifier VERIFIER = new SignatureVerifier(
            TrustStore.of(List.of(PKI.ca()), List.of(PKI.crl(REVOKED.certificate()))));
    static final byte[] RESULT = TestPki.pdf("Giay chung nhan so 123/GCN-SKHCN");

    @Test
    void aProperlySignedPdfIsValidAndSaysWhoSignedIt() {
        Instant at = Instant.now().minusSeconds(60);
        Verification v = VERIFIER.verifyPdf(TestPki.signPdf(RESULT, GOOD, at));
        assertThat(v.state()).as(v.detail()).isEqualTo(SignatureState.VALID);
        assertThat(v.signerName()).isEqualTo("Nguyễn Văn Lãnh Đạo");
        assertThat(v.certificateSerial()).isEqualTo(GOOD.certificate().getSerialNumber().toString(16));
        assertThat(v.issuer()).contains("Test Root CA");
        assertThat(v.signingTime()).isEqualTo(at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        assertThat(v.algorithm()).isEqualTo("SHA256withRSA");
    }

    @Test
    void everyOtherState() {
        Instant now = Instant.now();
        assertThat(VERIFIER.verifyPdf(RESULT).state()).isEqualTo(SignatureState.UNSIGNED);
        assertThat(VERIFIER.verifyPdf(TestPki.tamper(TestPki.signPdf(RESULT, GOOD, now))).state())
                .isEqualTo(SignatureState.INVALID);
        assertThat(VERIFIER.verifyPdf(TestPki.signPdf(RESULT, FOREIGN, now)).state()).isEqualTo(SignatureState.UNTRUSTED);
        assertThat(VERIFIER.verifyPdf(TestPki.signPdf(RESULT, EXPIRED, now)).state()).isEqualTo(SignatureState.EXPIRED);
        assertThat(VERIFIER.verifyPdf(TestPki.signPdf(RESULT, REVOKED, now)).state()).isEqualTo(SignatureState.REVOKED);
        assertThat(new SignatureVerifier(TrustStore.empty()).verifyPdf(TestPki.signPdf(RESULT, GOOD, now)).state())
                .isEqualTo(SignatureState.SIGNED);
    }

    @Test
    void anExpiredCertificateWasFineWhenItSignedBeforeItExpired() {
        Instant whileValid = Instant.now().minus(Duration.ofDays(500));
        assertThat(VERIFIER.verifyPdf(TestPki.signPdf(RESULT, EXPIRED, whileValid)).state()).isEqualTo(SignatureState.VALID);
    }

    @Test
    void contentAppendedAfterSigningIsCaught() {
        byte[] signed = TestPki.signPdf(RESULT, GOOD, Instant.now());
        byte[] appended = java.util.Arrays.copyOf(signed, signed.length + 40);
        System.arraycopy("\n% added after signing, e.g. a new page\n".getBytes(), 0, appended, signed.length, 40);
        Verification v = VERIFIER.verifyPdf(appended);
        assertThat(v.state()).isEqualTo(SignatureState.INVALID);
        assertThat(v.detail()).contains("changed after the last signature");
    }

    @Test
    void detachedCmsSignatures() {
        byte[] doc = "Quyết định số 45/QĐ-SKHCN".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] p7s = TestPki.cms(doc, GOOD, Instant.now());
        assertThat(VERIFIER.verifyDetached(doc, p7s).state()).isEqualTo(SignatureState.VALID);
        byte[] altered = doc.clone();
        altered[0] ^= 1;
        assertThat(VERIFIER.verifyDetached(altered, p7s).state()).isEqualTo(SignatureState.INVALID);
        assertThat(VERIFIER.verifyDetached(doc, "garbage".getBytes()).state()).isEqualTo(SignatureState.INVALID);
    }

    @Test
    void notAPdf() {
        assertThatThrownBy(() -> VERIFIER.verifyPdf("MZ\u0090 this is an executable".getBytes()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
