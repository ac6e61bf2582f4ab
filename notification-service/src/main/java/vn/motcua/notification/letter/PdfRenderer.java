package vn.motcua.notification.letter;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;

/**
 * XHTML → PDF with openhtmltopdf, embedding DejaVu Serif (shipped in the service, full Vietnamese coverage), after
 * normalising the text to NFC so every letter with a diacritic is one precomposed character in the PDF.
 */
@ApplicationScoped
public class PdfRenderer {

    static final String FAMILY = "DejaVu Serif";

    public byte[] render(String xhtml) {
        String html = Normalizer.normalize(xhtml, Normalizer.Form.NFC);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder b = new PdfRendererBuilder();
            b.useFastMode();
            font(b, "fonts/DejaVuSerif.ttf", 400, PdfRendererBuilder.FontStyle.NORMAL);
            font(b, "fonts/DejaVuSerif-Bold.ttf", 700, PdfRendererBuilder.FontStyle.NORMAL);
            font(b, "fonts/DejaVuSerif-Italic.ttf", 400, PdfRendererBuilder.FontStyle.ITALIC);
            font(b, "fonts/DejaVuSerif-BoldItalic.ttf", 700, PdfRendererBuilder.FontStyle.ITALIC);
            b.withHtmlContent(html, null);
            b.toStream(out);
            b.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void font(PdfRendererBuilder b, String resource, int weight, PdfRendererBuilder.FontStyle style) {
        b.useFont(() -> {
            InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource);
            if (in == null) {
                throw new IllegalStateException("font " + resource + " is missing");
            }
            return in;
        }, FAMILY, weight, style, true);
    }
}
