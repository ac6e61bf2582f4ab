package vn.motcua.intake.procedure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import vn.motcua.intake.agency.Agency;
import vn.motcua.platform.problem.ProblemException;

/**
 * Publishes procedure versions (admin). A change never edits a published version: it adds the next one, so every
 * dossier keeps the version it was received under. Writers of the same code are serialised on its newest version.
 */
@ApplicationScoped
public class ProcedurePublishing {

    private final Clock clock;

    public ProcedurePublishing(Clock clock) {
        this.clock = clock;
    }

    @Transactional
    public Procedure create(ProcedureWrite w) {
        if (Procedure.latest(w.code()).isPresent()) {
            throw ProblemException.conflict("procedure-exists", "Thủ tục " + w.code() + " đã có; dùng PUT để công bố phiên bản mới",
                    "Procedure " + w.code() + " exists; PUT publishes a new version");
        }
        return publish(w, 1);
    }

    @Transactional
    public Procedure newVersion(String code, ProcedureWrite w) {
        if (!code.equals(w.code())) {
            throw ProblemException.invalidField("code", "khác mã trên đường dẫn", "differs from the code in the path");
        }
        Optional<Procedure> latest = Procedure.find("code = ?1 ORDER BY version DESC", code)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
        Procedure previous = latest.orElseThrow(() -> ProblemException.notFound("unknown-procedure",
                "Không có thủ tục mã " + code, "No procedure with code " + code));
        return publish(w, previous.version + 1);
    }

    private Procedure publish(ProcedureWrite w, int version) {
        if (Agency.findById(w.agencyCode()) == null) {
            throw ProblemException.invalidField("agencyCode", "không có cơ quan " + w.agencyCode(), "no agency " + w.agencyCode());
        }
        checkUnique(w.components().stream().map(ProcedureWrite.Component::code).toList());
        List<ProcedureWrite.Step> steps = w.internalProcess() == null ? List.of() : w.internalProcess();
        if (!steps.isEmpty() && steps.stream().mapToInt(ProcedureWrite.Step::sharePercent).sum() != 100) {
            throw ProblemException.invalidField("internalProcess", "tổng tỷ lệ thời gian các bước phải bằng 100",
                    "the steps' shares must add up to 100");
        }
        Procedure p = new Procedure();
        p.code = w.code();
        p.version = version;
        p.name = w.name().strip();
        p.field = w.field().strip();
        p.agencyCode = w.agencyCode();
        p.level = w.level();
        p.timeLimitAmount = w.timeLimitAmount();
        p.timeLimitUnit = w.timeLimitUnit();
        p.cutOff = w.cutOff();
        p.feeVnd = w.feeVnd();
        p.onlineLevel = w.onlineLevel();
        p.postalReceipt = w.postalReceipt();
        p.postalReturn = w.postalReturn();
        p.supplementClockMode = w.supplementClockMode() == null ? vn.motcua.platform.events.contract.SupplementClockMode.PAUSE : w.supplementClockMode();
        p.active = w.active() == null || w.active();
        p.publishedAt = OffsetDateTime.now(clock);
        p.persist();
        int seq = 1;
        for (ProcedureWrite.Component c : w.components()) {
            ProcedureComponent pc = new ProcedureComponent();
            pc.procedureId = p.id;
            pc.code = c.code();
            pc.seq = seq++;
            pc.name = c.name().strip();
            pc.mandatory = c.mandatory();
            pc.form = c.form();
            pc.quantity = c.quantity();
            pc.mustBeSigned = c.mustBeSigned();
            pc.acceptedTypes = String.join(",", new java.util.LinkedHashSet<>(c.acceptedTypes()));
            pc.documentType = c.documentType();
            pc.persist();
        }
        seq = 1;
        for (ProcedureWrite.Step s : steps) {
            ProcedureStep ps = new ProcedureStep();
            ps.procedureId = p.id;
            ps.seq = seq++;
            ps.caseState = s.caseState();
            ps.name = s.name().strip();
            ps.unit = s.unit().strip();
            ps.role = s.role();
            ps.sharePercent = s.sharePercent();
            ps.persist();
        }
        return p;
    }

    private static void checkUnique(List<String> codes) {
        var seen = new HashSet<String>();
        for (String c : codes) {
            if (!seen.add(c)) {
                throw ProblemException.invalidField("components", "mã thành phần " + c + " bị trùng", "component code " + c + " is repeated");
            }
        }
    }
}
