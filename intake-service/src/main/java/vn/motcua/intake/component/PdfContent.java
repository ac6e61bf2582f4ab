package vn.motcua.intake.component;

import java.io.IOException;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * What a PDF must be before it becomes part of a dossier: readable, with at least one page, and without active
 * content — JavaScript (an /OpenAction, a page's or field's /AA, the /JavaScript name tree), launching a program or
 * importing data. Officers open these files on the province's computers; a file that only starts with {@code %PDF-}
 * or that runs code when opened is refused, not flagged.
 */
final class PdfContent {

    /** Why a PDF is refused. */
    enum Refusal {
        UNREADABLE, NO_PAGES, ACTIVE_CONTENT
    }

    private static final COSName JS = COSName.getPDFName("JS");
    private static final COSName JAVA_SCRIPT = COSName.getPDFName("JavaScript");
    private static final java.util.Set<COSName> ACTIVE_ACTIONS = java.util.Set.of(JAVA_SCRIPT, COSName.getPDFName("Launch"),
            COSName.getPDFName("ImportData"), COSName.getPDFName("Rendition"));
    /** A file with more objects is not an administrative document: read no further than this. */
    private static final int MAX_OBJECTS = 200_000;

    private PdfContent() {
    }

    /** Empty when the PDF may be accepted; otherwise why not (and what was found). */
    static Optional<Finding> inspect(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            if (doc.getNumberOfPages() < 1) {
                return Optional.of(new Finding(Refusal.NO_PAGES, "the document has no page"));
            }
            var cos = doc.getDocument();
            int seen = 0;
            for (COSObjectKey key : cos.getXrefTable().keySet()) {
                if (++seen > MAX_OBJECTS) {
                    return Optional.of(new Finding(Refusal.UNREADABLE, "more than " + MAX_OBJECTS + " objects"));
                }
                COSObject object = cos.getObjectFromPool(key);
                COSBase value = object == null ? null : object.getObject();
                if (value instanceof COSDictionary d && active(d)) {
                    return Optional.of(new Finding(Refusal.ACTIVE_CONTENT, "object " + key.getNumber() + " holds "
                            + (d.containsKey(JS) ? "JavaScript" : "an action " + d.getCOSName(COSName.S).getName())));
                }
            }
            if (active(doc.getDocumentCatalog().getCOSObject())) {
                return Optional.of(new Finding(Refusal.ACTIVE_CONTENT, "the catalog holds JavaScript"));
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of(new Finding(Refusal.UNREADABLE, String.valueOf(e.getMessage())));
        }
    }

    private static boolean active(COSDictionary d) {
        if (d.containsKey(JS)) {
            return true;
        }
        COSName s = d.getCOSName(COSName.S);
        if (s != null && ACTIVE_ACTIONS.contains(s)) {
            return true;
        }
        // the document's name dictionary: /Names << /JavaScript … >>
        return d.getDictionaryObject(JAVA_SCRIPT) instanceof COSDictionary;
    }

    /** A refusal and what was found, for the answer and the log. */
    record Finding(Refusal refusal, String detail) {
    }
}
