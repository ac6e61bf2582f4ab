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
 * expensive parts are done once: each font file is parsed once per concurrent rendering (a parsed font is not safe to
 * share between threads at once, but PDFBox lets one be embedded, subset, in many documents one after another) and the font metrics
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

    /**
     * Parsed font sets (in the order of {@link #FACES}), each used by one rendering at a time and given back: as many
     * sets as letters rendered at once, however many worker threads take turns (a thread-local set per worker thread
     * would parse the fonts again for every new thread and hold them all in the heap).
     */
    private static final java.util.concurrent.ConcurrentLinkedDeque<TrueTypeFont[]> PARSED = new java.util.concurrent.ConcurrentLinkedDeque<>();

    private static TrueTypeFont[] parseFonts() {
        TrueTypeFont[] fonts = new TrueTypeFont[FACES.length];
        for (int i = 0; i < FACES.length; i++) {
            try {
                fonts[i] = new TTFParser().parse(new RandomAccessReadBuffer(letterFont(FACES[i].resource())));
            } catch (IOException e) {
                throw new UncheckedIOException("font " + FACES[i].resource() + " cannot be read", e);
            }
        }
        return fonts;
    }

    static {
        // PDFBox compresses every stream at the JDK's default level; the fastest level costs a few kB per letter and
        // saves a sixth of the rendering time (an operator may still choose another level with this property)
        if (System.getProperty("org.apache.pdfbox.filter.deflatelevel") == null) {
            System.setProperty("org.apache.pdfbox.filter.deflatelevel", "1");
        }
        // openhtmltopdf logs several INFO lines per document: at thousands of letters a day that is disk and time
        com.openhtmltopdf.util.XRLog.listRegisteredLoggers()
                .forEach(name -> com.openhtmltopdf.util.XRLog.setLevel(name, java.util.logging.Level.WARNING));
    }

    /** One XML parser per thread: looking the parser factory up on every letter costs a class-path scan. */
    private static final ThreadLocal<javax.xml.parsers.DocumentBuilder> PARSER = ThreadLocal.withInitial(() -> {
        try {
            var f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true); // our templates have none
            f.setExpandEntityReferences(false);
            return f.newDocumentBuilder();
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    });

    private final MetricsCache metrics = new MetricsCache();

    public byte[] render(String xhtml) {
        String html = Normalizer.normalize(xhtml, Normalizer.Form.NFC);
        TrueTypeFont[] pooled = PARSED.pollFirst();
        TrueTypeFont[] fonts = pooled != null ? pooled : parseFonts();
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024)) {
            PdfRendererBuilder b = new PdfRendererBuilder();
            b.useFastMode();
            b.usePDDocument(doc);
            b.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, metrics);
            for (int i = 0; i < FACES.length; i++) {
                b.useFont(new LazyFont(doc, fonts[i]), FAMILY, FACES[i].weight(), FACES[i].style(), true);
            }
            org.w3c.dom.Document dom;
            try {
                javax.xml.parsers.DocumentBuilder parser = PARSER.get();
                parser.reset();
                dom = parser.parse(new org.xml.sax.InputSource(new java.io.StringReader(html)));
            } catch (org.xml.sax.SAXException e) {
                throw new IllegalArgumentException("letter template is not well-formed XHTML: " + e.getMessage(), e);
            }
            b.withW3cDocument(dom, null);
            b.toStream(out);
            b.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            PARSED.offerFirst(fonts);
        }
    }

    /**
     * The shipped face cut down once to the characters letters are written in — Latin with every Vietnamese letter,
     * combining marks, punctuation, currency (₫) and common symbols: the per-letter subsetting then works on a font a
     * few times smaller. A character outside it would print as a missing glyph; names are NFC-normalised Vietnamese.
     */
    private static byte[] letterFont(String resource) {
        return LETTER_FONTS.computeIfAbsent(resource, r -> {
            try (TrueTypeFont full = new TTFParser().parse(new RandomAccessReadBuffer(fontFile(r)))) {
                org.apache.fontbox.ttf.TTFSubsetter subsetter = new org.apache.fontbox.ttf.TTFSubsetter(full, LETTER_FONT_TABLES);
                java.util.Set<Integer> chars = new java.util.HashSet<>();
                int[][] ranges = {{0x20, 0x24F}, {0x2B0, 0x36F}, {0x1E00, 0x1EFF}, {0x2000, 0x206F}, {0x20A0, 0x20CF},
                        {0x2100, 0x215F}, {0x2190, 0x21FF}, {0x2212, 0x2212}, {0x25A0, 0x25FF}, {0x2610, 0x2612}, {0x2713, 0x2714}};
                for (int[] range : ranges) {
                    for (int c = range[0]; c <= range[1]; c++) {
                        chars.add(c);
                    }
                }
                subsetter.addAll(chars);
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                subsetter.writeToStream(out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException("font " + r + " cannot be cut down", e);
            }
        });
    }

    /**
     * The tables a PDF needs of an embedded TrueType font. The layout tables (GSUB, GPOS, GDEF, kern, MATH) are left
     * out: the cut does not renumber the glyphs they refer to, NFC-precomposed Vietnamese needs no substitution, and
     * PDFBox would otherwise run every string of every letter through GSUB (a fifth of the rendering time).
     */
    static final java.util.List<String> LETTER_FONT_TABLES = java.util.List.of("head", "hhea", "maxp", "OS/2", "name",
            "cmap", "glyf", "loca", "hmtx", "post");

    private static final Map<String, byte[]> LETTER_FONTS = new ConcurrentHashMap<>();

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

    /** A face embedded (subset) in the document only if the letter uses it: subsetting an unused face is wasted work. */
    static final class LazyFont extends PDFontSupplier {
        private final PDDocument doc;
        private final TrueTypeFont ttf;
        private org.apache.pdfbox.pdmodel.font.PDFont font;

        LazyFont(PDDocument doc, TrueTypeFont ttf) {
            super(null);
            this.doc = doc;
            this.ttf = ttf;
        }

        @Override
        public org.apache.pdfbox.pdmodel.font.PDFont supply() {
            if (font == null) {
                try {
                    font = PDType0Font.load(doc, ttf, true);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return font;
        }
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
