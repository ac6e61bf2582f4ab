package vn.motcua.notification.letter;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * XHTML → PDF with openhtmltopdf, embedding DejaVu Serif (shipped in the service, full Vietnamese coverage), after
 * normalising the text to NFC so every letter with a diacritic is one precomposed character in the PDF.
 *
 * <p>Receipts are the most frequent letter and a backlog of them is what citizens wait for after an outage, so the
 * expensive parts are done once: each font file is parsed once per rendering thread (a parsed font is not safe to
 * share between threads, but PDFBox lets one be embedded, subset, in many documents) and the font metrics
 * openhtmltopdf computes are kept in a shared cache.
 */
@ApplicationScoped
public class PdfRenderer {

    static final String FAMILY = "DejaVu Serif";

    private record Face(String resource, int weight, PdfRendererBuilder.FontStyle style) {
    }

    private static final Face[] FACES = {
            new Face("fonts/DejaVuSerif.ttf", 400, PdfRendererBuilder.FontStyle.NORMAL),
            new Face("fonts/DejaVuSerif-Bold.ttf", 700, PdfRendererBuilder.FontStyle.NORMAL),
            new Face("fonts/DejaVuSerif-Italic.ttf", 400, PdfRendererBuilder.FontStyle.ITALIC),
            new Face("fonts/DejaVuSerif-BoldItalic.ttf", 700, PdfRendererBuilder.FontStyle.ITALIC)};

    private static final Map<String, byte[]> FONT_FILES = new ConcurrentHashMap<>();

    /** Parsed fonts of this thread, in the order of {@link #FACES}. */
    private static final ThreadLocal<TrueTypeFont[]> PARSED = ThreadLocal.withInitial(() -> {
        TrueTypeFont[] fonts = new TrueTypeFont[FACES.length];
        for (int i = 0; i < FACES.length; i++) {
            try {
                fonts[i] = new TTFParser().parse(new RandomAccessReadBuffer(fontFile(FACES[i].resource())));
            } catch (IOException e) {
                throw new UncheckedIOException("font " + FACES[i].resource() + " cannot be read", e);
            }
        }
        return fonts;
    });

    private final MetricsCache metrics = new MetricsCache();

    public byte[] render(String xhtml) {
        String html = Normalizer.normalize(xhtml, Normalizer.Form.NFC);
        TrueTypeFont[] fonts = PARSED.get();
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024)) {
            PdfRendererBuilder b = new PdfRendererBuilder();
            b.useFastMode();
            b.usePDDocument(doc);
            b.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, metrics);
            for (int i = 0; i < FACES.length; i++) {
                b.useFont(new PDFontSupplier(PDType0Font.load(doc, fonts[i], true)), FAMILY, FACES[i].weight(),
                        FACES[i].style(), true);
            }
            b.withHtmlContent(html, null);
            b.toStream(out);
            b.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] fontFile(String resource) {
        return FONT_FILES.computeIfAbsent(resource, r -> {
            try (InputStream in = PdfRenderer.class.getClassLoader().getResourceAsStream(r)) {
                if (in == null) {
                    throw new IllegalStateException("font " + r + " is missing");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** openhtmltopdf's font-metrics cache, shared by all renderings (keys name the font and size). */
    static final class MetricsCache implements FSCacheEx<String, FSCacheValue> {
        private final Map<String, FSCacheValue> values = new ConcurrentHashMap<>();

        @Override
        public void put(String key, FSCacheValue value) {
            values.put(key, value);
        }

        @Override
        public FSCacheValue get(String key, Callable<? extends FSCacheValue> loader) {
            return values.computeIfAbsent(key, k -> {
                try {
                    return loader.call();
                } catch (Exception e) {
                    throw new IllegalStateException("font metrics of " + k, e);
                }
            });
        }

        @Override
        public FSCacheValue get(String key) {
            return values.get(key);
        }
    }
}
