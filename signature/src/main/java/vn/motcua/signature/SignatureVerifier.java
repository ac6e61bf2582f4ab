package vn.motcua.signature;

import vn.motcua.platform.events.contract.SignatureState;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.Provider;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertStore;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXCertPathBuilderResult;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.DefaultCMSSignatureAlgorithmNameGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationVerifier;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Verifies PAdES signatures inside PDFs and detached CMS/PKCS#7 signatures, in this order: integrity (the content
 * digest and the signature value), the signer certificate's validity at signing time, a trust path to a configured
 * CA, revocation against the configured CRLs. Thread-safe; no network access (OCSP is not attempted).
 */
public final class SignatureVerifier {

    private static final Provider BC = new BouncyCastleProvider();

    private final TrustStore trust;

    public SignatureVerifier(TrustStore trust) {
        this.trust = trust;
    }

    /**
     * Checks every signature of a PDF; the outcome is the worst of them. The signature that ends last must cover the
     * whole file, otherwise the document was changed after it was signed.
     *
     * @throws IllegalArgumentException when the bytes are not a readable PDF
     */
    public Verification verifyPdf(byte[] pdf) {
        List<PDSignature> signatures;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            signatures = doc.getSignatureDictionaries();
        } catch (IOException e) {
            throw new IllegalArgumentException("not a readable PDF: " + e.getMessage(), e);
        }
        if (signatures.isEmpty()) {
            return Verification.of(SignatureState.UNSIGNED, "the document carries no signature");
        }
        Verification worst = null;
        long furthest = -1;
        PDSignature last = null;
        for (PDSignature sig : signatures) {
            Verification v = verifyPdfSignature(sig, pdf);
            if (worst == null || severity(v.state()) > severity(worst.state())) {
                worst = v;
            }
            int[] range = sig.getByteRange();
            if (range != null && range.length == 4 && (long) range[2] + range[3] > furthest) {
                furthest = (long) range[2] + range[3];
                last = sig;
            }
        }
        if (last != null && furthest != pdf.length && worst.state() != SignatureState.INVALID) {
            return worst.with(SignatureState.INVALID, "the document was changed after the last signature");
        }
        return worst;
    }

    /** Checks a detached CMS/PKCS#7 signature ({@code .p7s}) over {@code content}. */
    public Verification verifyDetached(byte[] content, byte[] cms) {
        try {
            return verifyCms(new CMSSignedData(new CMSProcessableByteArray(content), cms));
        } catch (CMSException e) {
            return Verification.of(SignatureState.INVALID, "not a CMS signature: " + e.getMessage());
        }
    }

    private Verification verifyPdfSignature(PDSignature sig, byte[] pdf) {
        try {
            byte[] contents = sig.getContents(pdf);
            byte[] signed = sig.getSignedContent(pdf);
            return verifyCms(new CMSSignedData(new CMSProcessableByteArray(signed), contents));
        } catch (IOException | CMSException | RuntimeException e) {
            return Verification.of(SignatureState.INVALID, "unreadable signature: " + e.getMessage());
        }
    }

    private Verification verifyCms(CMSSignedData cms) {
        var signers = cms.getSignerInfos().getSigners();
        if (signers.isEmpty()) {
            return Verification.of(SignatureState.INVALID, "the signature has no signer");
        }
        SignerInformation signer = signers.iterator().next();
        @SuppressWarnings("unchecked")
        var matches = cms.getCertificates().getMatches(signer.getSID());
        if (matches.isEmpty()) {
            return Verification.of(SignatureState.INVALID, "the signer's certificate is not in the signature");
        }
        X509CertificateHolder holder = (X509CertificateHolder) matches.iterator().next();
        X509Certificate cert;
        List<X509Certificate> embedded = new ArrayList<>();
        try {
            JcaX509CertificateConverter conv = new JcaX509CertificateConverter().setProvider(BC);
            cert = conv.getCertificate(holder);
            for (Object o : cms.getCertificates().getMatches(null)) {
                embedded.add(conv.getCertificate((X509CertificateHolder) o));
            }
        } catch (GeneralSecurityException e) {
            return Verification.of(SignatureState.INVALID, "unreadable certificate: " + e.getMessage());
        }
        Instant signingTime = signingTime(signer);
        Verification base = new Verification(SignatureState.SIGNED, commonName(holder), cert.getSerialNumber().toString(16),
                holder.getIssuer().toString(), signingTime, algorithm(signer), null);

        // 1. integrity, with the public key only, so an expired certificate does not hide a broken signature
        try {
            SignerInformationVerifier verifier = new SignerInformationVerifier(new DefaultCMSSignatureAlgorithmNameGenerator(),
                    new DefaultSignatureAlgorithmIdentifierFinder(),
                    new JcaContentVerifierProviderBuilder().setProvider(BC).build(cert.getPublicKey()),
                    new JcaDigestCalculatorProviderBuilder().setProvider(BC).build());
            if (!signer.verify(verifier)) {
                return base.with(SignatureState.INVALID, "the content was changed after signing");
            }
        } catch (CMSException e) {
            return base.with(SignatureState.INVALID, "the content was changed after signing or the signature is broken: "
                    + e.getMessage());
        } catch (OperatorCreationException e) {
            return base.with(SignatureState.INVALID, "unsupported signature algorithm: " + e.getMessage());
        }
        if (trust.isEmpty()) {
            return base.with(SignatureState.SIGNED, "intact; no trusted CA is configured, so the signer is not checked");
        }
        // 2. the certificate at signing time
        Date at = Date.from(signingTime != null ? signingTime : Instant.now());
        try {
            cert.checkValidity(at);
        } catch (CertificateExpiredException | CertificateNotYetValidException e) {
            return base.with(SignatureState.EXPIRED, "the signer's certificate was not valid at signing time ("
                    + cert.getNotBefore().toInstant() + " .. " + cert.getNotAfter().toInstant() + ")");
        }
        // 3. a trust path to a configured CA
        List<X509Certificate> path;
        try {
            path = trustPath(cert, embedded, at);
        } catch (CertPathBuilderException e) {
            return base.with(SignatureState.UNTRUSTED, "no trust path to a configured CA: " + e.getMessage());
        } catch (GeneralSecurityException e) {
            return base.with(SignatureState.UNTRUSTED, "the trust path could not be built: " + e.getMessage());
        }
        // 4. revocation
        for (X509Certificate c : path) {
            for (X509CRL crl : trust.crls()) {
                if (crl.getIssuerX500Principal().equals(c.getIssuerX500Principal()) && crl.isRevoked(c)) {
                    var entry = crl.getRevokedCertificate(c);
                    return base.with(SignatureState.REVOKED, "certificate " + c.getSerialNumber().toString(16)
                            + " was revoked on " + entry.getRevocationDate().toInstant());
                }
            }
        }
        return base.with(SignatureState.VALID, "intact; signer certificate valid at signing time and trusted");
    }

    private List<X509Certificate> trustPath(X509Certificate cert, List<X509Certificate> embedded, Date at)
            throws GeneralSecurityException {
        Set<TrustAnchor> anchors = new HashSet<>();
        for (X509Certificate a : trust.anchors()) {
            anchors.add(new TrustAnchor(a, null));
        }
        X509CertSelector target = new X509CertSelector();
        target.setCertificate(cert);
        PKIXBuilderParameters params = new PKIXBuilderParameters(anchors, target);
        params.setRevocationEnabled(false); // revocation is checked against the configured CRLs afterwards
        params.setDate(at);
        List<X509Certificate> pool = new ArrayList<>(embedded);
        pool.add(cert);
        params.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(pool)));
        var result = (PKIXCertPathBuilderResult) CertPathBuilder.getInstance("PKIX").build(params);
        List<X509Certificate> path = new ArrayList<>();
        for (var c : result.getCertPath().getCertificates()) {
            path.add((X509Certificate) c);
        }
        return path;
    }

    private static Instant signingTime(SignerInformation signer) {
        if (signer.getSignedAttributes() == null) {
            return null;
        }
        Attribute a = signer.getSignedAttributes().get(CMSAttributes.signingTime);
        if (a == null || a.getAttrValues().size() == 0) {
            return null;
        }
        return Time.getInstance(a.getAttrValues().getObjectAt(0)).getDate().toInstant();
    }

    private static String algorithm(SignerInformation signer) {
        return new DefaultCMSSignatureAlgorithmNameGenerator()
                .getSignatureName(signer.getDigestAlgorithmID(), signer.toASN1Structure().getDigestEncryptionAlgorithm());
    }

    private static String commonName(X509CertificateHolder holder) {
        RDN[] cn = holder.getSubject().getRDNs(BCStyle.CN);
        return cn.length == 0 ? holder.getSubject().toString() : IETFUtils.valueToString(cn[0].getFirst().getValue());
    }

    private static int severity(SignatureState s) {
        return switch (s) {
            case VALID -> 0;
            case SIGNED -> 1;
            case UNSIGNED -> 2;
            case EXPIRED -> 3;
            case UNTRUSTED -> 4;
            case REVOKED -> 5;
            case INVALID -> 6;
        };
    }
}
