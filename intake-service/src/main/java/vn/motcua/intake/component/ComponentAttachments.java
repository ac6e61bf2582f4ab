package vn.motcua.intake.component;

import vn.motcua.platform.events.EventCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import vn.motcua.intake.dossier.Dossier;
import vn.motcua.intake.procedure.ProcedureComponent;
import vn.motcua.platform.events.contract.ComponentAdded;
import vn.motcua.platform.events.contract.DossierAccepted.ReceivedComponent;
import vn.motcua.platform.outbox.Outbox;

/** Makes files part of a dossier: a staged upload is attached, a reused digitised copy gets its own row. */
@ApplicationScoped
public class ComponentAttachments {

    private final Outbox outbox;

    public ComponentAttachments(Outbox outbox) {
        this.outbox = outbox;
    }

    /** The matches of the completeness check as the receipt lists them. */
    public static List<ReceivedComponent> received(List<Completeness.Match> matches) {
        return matches.stream().map(m -> new ReceivedComponent(m.required().code, m.required().name, m.required().form,
                m.required().quantity, m.source().fileName, m.source().sha256, m.source().signatureState, m.reused())).toList();
    }

    /** Attaches every match of the completeness check. */
    public void attachAll(Dossier d, List<Completeness.Match> matches, String by, OffsetDateTime at) {
        matches.forEach(m -> attach(d, m.required(), m.source(), m.reused(), by, at));
    }

    /** Attaches one file (to {@code required}, or free-named when null) and announces it. */
    DossierComponent attach(Dossier d, ProcedureComponent required, DossierComponent source, boolean reused,
                            String by, OffsetDateTime at) {
        DossierComponent c = reused ? source.reuseFor(d.id, by, at) : source;
        c.dossierId = d.id;
        if (required != null) {
            c.componentCode = required.code;
            c.name = required.name;
            c.documentType = required.documentType;
        }
        if (reused) {
            c.persist();
        }
        outbox.publish(EventCatalog.DOSSIER_COMPONENT_ADDED, d.code,
                new ComponentAdded(d.code, c.id.toString(), c.name, c.fileName, c.mediaType, c.sizeBytes, c.sha256,
                        c.signatureState, c.signerName, c.certificateSerial, c.signingTime, c.uploadedBy, at));
        return c;
    }
}
