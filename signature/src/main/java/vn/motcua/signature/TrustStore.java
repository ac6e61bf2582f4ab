package vn.motcua.signature;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CRLException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/**
 * Trusted CA certificates (e.g. the Government Cipher Committee's root and the licensed CAs) and the CRLs used for
 * revocation. Configuration, not code: a directory of {@code *.pem / *.crt / *.cer} certificates and {@code *.crl}
 * lists.
 */
public final class TrustStore {

    private final List<X509Certificate> anchors;
    private final List<X509CRL> crls;

    private TrustStore(List<X509Certificate> anchors, List<X509CRL> crls) {
        this.anchors = List.copyOf(anchors);
        this.crls = List.copyOf(crls);
    }

    public static TrustStore of(Collection<X509Certificate> anchors, Collection<X509CRL> crls) {
        return new TrustStore(new ArrayList<>(anchors), new ArrayList<>(crls));
    }

    public static TrustStore empty() {
        return new TrustStore(List.of(), List.of());
    }

    /** Reads every certificate and CRL file of a directory; a missing directory is an empty store. */
    public static TrustStore fromDirectory(Path dir) {
        if (dir == null || !Files.isDirectory(dir)) {
            return empty();
        }
        List<X509Certificate> certs = new ArrayList<>();
        List<X509CRL> lists = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            CertificateFactory cf = CertificateFactory.getInstance("X.509");
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
                try (InputStream in = Files.newInputStream(f)) {
                    if (name.endsWith(".crl")) {
                        for (var crl : cf.generateCRLs(in)) {
                            lists.add((X509CRL) crl);
                        }
                    } else if (name.endsWith(".pem") || name.endsWith(".crt") || name.endsWith(".cer")) {
                        for (var cert : cf.generateCertificates(in)) {
                            certs.add((X509Certificate) cert);
                        }
                    }
                }
            }
        } catch (IOException | CertificateException | CRLException e) {
            throw new IllegalStateException("cannot read the trusted CA directory " + dir + ": " + e.getMessage(), e);
        }
        return new TrustStore(certs, lists);
    }

    public List<X509Certificate> anchors() {
        return anchors;
    }

    public List<X509CRL> crls() {
        return crls;
    }

    public boolean isEmpty() {
        return anchors.isEmpty();
    }
}
