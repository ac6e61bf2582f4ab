package vn.motcua.signature.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * A throw-away PKI made at test time: a root CA, signer certificates (valid, expired, revoked), CRLs, and PDFs
 * signed with PAdES (CMS detached inside the PDF) or detached .p7s signatures. Nothing here is a real secret.
 */
public final class TestPki {

    private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis());

    private final KeyPair caKeys;
    private final X509Certificate ca;

    /** A signer: its key, its certificate and the CA that issued it. */
    public record Signer(PrivateKey key, X509Certificate certificate, X509Certificate issuer) {
    }

    private TestPki(String name) {
        try {
            caKeys = rsa();
            X500Name subject = new X500Name("CN=" + name + ", O=Một Cửa test, C=VN");
            var b = new JcaX509v3CertificateBuilder(subject, serial(), Date.from(Instant.now().minus(Duration.ofDays(3650))),
                    Date.from(Instant.now().plus(Duration.ofDays(3650))), subject, caKeys.getPublic());
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            ca = new JcaX509CertificateConverter().getCertificate(b.build(signer(caKeys.getPrivate())));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static TestPki create(String caName) {
        return new TestPki(caName);
    }

    public X509Certificate ca() {
        return ca;
    }

    /** A signer certificate valid from {@code notBefore} to {@code notAfter}. */
    public Signer issue(String commonName, Instant notBefore, Instant notAfter) {
        try {
            KeyPair keys = rsa();
            var b = new JcaX509v3CertificateBuilder(X500Name.getInstance(ca.getSubjectX500Principal().getEncoded()), serial(),
                    Date.from(notBefore), Date.from(notAfter), new X500Name("CN=" + commonName + ", O=Sở KH&CN, C=VN"),
                    keys.getPublic());
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            X509Certificate cert = new JcaX509CertificateConverter().getCertificate(b.build(signer(caKeys.getPrivate())));
            return new Signer(keys.getPrivate(), cert, ca);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A signer certificate valid for a year around now. */
    public Signer issue(String commonName) {
        return issue(commonName, Instant.now().minus(Duration.ofDays(30)), Instant.now().plus(Duration.ofDays(335)));
    }

    /** A CRL of this CA revoking the given certificates. */
    public X509CRL crl(X509Certificate... revoked) {
        try {
            var b = new X509v2CRLBuilder(X500Name.getInstance(ca.getSubjectX500Principal().getEncoded()), new Date());
            b.setNextUpdate(Date.from(Instant.now().plus(Duration.ofDays(7))));
            for (X509Certificate c : revoked) {
                b.addCRLEntry(c.getSerialNumber(), Date.from(Instant.now().minus(Duration.ofHours(1))), CRLReason.keyCompromise);
            }
            return new JcaX509CRLConverter().getCRL(b.build(signer(caKeys.getPrivate())));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the CA certificate (PEM) and the CRLs into a trusted-CA directory. */
    public void writeTrustDirectory(Path dir, X509CRL... crls) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(ca.getSerialNumber().toString(16) + ".pem"), "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(ca.getEncoded()) + "\n-----END CERTIFICATE-----\n");
            for (int i = 0; i < crls.length; i++) {
                Files.write(dir.resolve(ca.getSerialNumber().toString(16) + "-" + i + ".crl"), crls[i].getEncoded());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A one-page PDF with a line of (ASCII) text. */
    public static byte[] pdf(String text) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(72, 700);
                cs.showText(text);
                cs.endText();
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PDF signed by {@code signer} (PAdES baseline: ETSI.CAdES.detached), claiming {@code signingTime}. */
    public static byte[] signPdf(byte[] pdf, Signer signer, Instant signingTime) {
        try (PDDocument doc = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDSignature sig = new PDSignature();
            sig.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            sig.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            sig.setName(signer.certificate().getSubjectX500Principal().getName());
            Calendar cal = Calendar.getInstance();
            cal.setTime(Date.from(signingTime));
            sig.setSignDate(cal);
            doc.addSignature(sig, content -> cms(content.readAllBytes(), signer, signingTime));
            doc.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A detached CMS signature (.p7s) of {@code content}. */
    public static byte[] cms(byte[] content, Signer signer, Instant signingTime) {
        try {
            CMSSignedDataGenerator gen = new CMSSignedDataGenerator();
            AttributeTable attrs = new AttributeTable(new Attribute(CMSAttributes.signingTime,
                    new DERSet(new Time(Date.from(signingTime)))));
            gen.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(attrs))
                    .build(signer(signer.key()), signer.certificate()));
            gen.addCertificates(new JcaCertStore(List.of(signer.certificate())));
            return gen.generate(new CMSProcessableByteArray(content), false).getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Flips one byte inside the signed range (before the signature's contents): the digest no longer matches. */
    public static byte[] tamper(byte[] signedPdf) {
        byte[] copy = signedPdf.clone();
        String s = new String(copy, java.nio.charset.StandardCharsets.ISO_8859_1);
        int at = s.indexOf("/MediaBox");
        if (at < 0) {
            at = 20;
        }
        copy[at + 1] = (byte) (copy[at + 1] == 'M' ? 'N' : 'M');
        return copy;
    }

    private static KeyPair rsa() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        return g.generateKeyPair();
    }

    private static ContentSigner signer(PrivateKey key) throws Exception {
        return new JcaContentSignerBuilder("SHA256withRSA").build(key);
    }

    private static BigInteger serial() {
        return BigInteger.valueOf(SERIAL.incrementAndGet());
    }
}
