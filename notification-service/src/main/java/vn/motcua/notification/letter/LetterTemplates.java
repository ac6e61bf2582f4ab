package vn.motcua.notification.letter;

import io.quarkus.qute.Engine;
import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateLocator;
import io.quarkus.qute.Variant;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Versioned letter templates ({@code src/main/resources/letters/*.html}, Qute, XHTML), chosen by the rule set the
 * dossier was received under: form 04 of Circular 01/2018/TT-VPCP before 2025-07-01, of Circular 03/2025/TT-VPCP
 * from then on. Values are HTML-escaped.
 */
@ApplicationScoped
public class LetterTemplates {

    /** Template file per rule set; a new form version is a new file, old dossiers keep theirs. */
    static final Map<String, String> APOLOGY = Map.of(
            "DECREE_61_2018", "letters/apology-circular-01-2018.html",
            "DECREE_118_2025", "letters/apology-circular-03-2025.html");


    private static final Variant HTML = new Variant(Locale.ROOT, StandardCharsets.UTF_8, Variant.TEXT_HTML);

    private final Engine engine = Engine.builder().addDefaults().addValueResolver(new ReflectionValueResolver())
            .addResultMapper(new HtmlEscaper(List.of(Variant.TEXT_HTML)))
            // {#include letters/notice-layout.html} resolves from the classpath
            .addLocator(id -> Optional.ofNullable(read(id)).map(content -> new TemplateLocator.TemplateLocation() {
                @Override
                public Reader read() {
                    return new StringReader(content);
                }

                @Override
                public Optional<Variant> getVariant() {
                    return Optional.of(HTML);
                }
            }))
            .build();
    private final Map<String, Template> cache = new ConcurrentHashMap<>();

    public String apology(String ruleSet, ApologyLetter letter) {
        String file = APOLOGY.get(ruleSet);
        if (file == null) {
            throw new IllegalArgumentException("no apology template for rule set " + ruleSet);
        }
        return template(file).data("n", letter).render();
    }

    /** Renders a notice (RECEIPT, SUPPLEMENT, REFUSAL) on the shared layout (letters/notice-layout.html). */
    public String notice(LetterKind kind, NoticeLetter n) {
        String file = kind.noticeTemplate();
        if (file == null) {
            throw new IllegalArgumentException("no notice template for " + kind);
        }
        return template(file).data("n", n).render();
    }

    /** The template of the electronic receipt of a fee or charge. */
    public static final String PAYMENT_RECEIPT = "letters/payment-receipt.html";

    public String paymentReceipt(PaymentReceipt receipt) {
        return template(PAYMENT_RECEIPT).data("n", receipt).render();
    }

    public static String templateFor(String ruleSet) {
        return APOLOGY.get(ruleSet);
    }

    private Template template(String file) {
        return cache.computeIfAbsent(file, f -> {
            String content = read(f);
            if (content == null) {
                throw new IllegalStateException("template " + f + " is missing");
            }
            return engine.parse(content, HTML, f);
        });
    }

    private static String read(String resource) {
        try (InputStream in = LetterTemplates.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
