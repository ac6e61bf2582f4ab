package vn.motcua.processing.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.processing.casefile.DossierCase;

/**
 * Opens the bills a payment request asks for, one per amount, and cancels the unpaid ones of a case that closes: the
 * two effects of the lifecycle table's payment rows on the payment records.
 */
@ApplicationScoped
public class PaymentObligations {

    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    private final PaymentConfig config;
    private final Clock time;

    public PaymentObligations(PaymentConfig config, Clock time) {
        this.config = config;
        this.time = time;
    }

    /**
     * @throws ProblemException 422 naming the field of the first amount that is not a valid fee line
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<PaymentObligation> open(DossierCase c, List<FeeLine> fees, String requestedBy, OffsetDateTime now) {
        for (int i = 0; i < fees.size(); i++) {
            validate(fees.get(i), "fees[" + i + "]");
        }
        long existing = PaymentObligation.count("dossierCode", c.dossierCode);
        LocalDate dueOn = now.atZoneSameInstant(VIETNAM).toLocalDate().plusDays(config.dueDays());
        List<PaymentObligation> out = new java.util.ArrayList<>();
        for (FeeLine fee : fees) {
            String billCode = c.dossierCode + "-TT" + String.format("%02d", ++existing);
            PaymentObligation o = PaymentObligation.request(billCode, c.dossierCode, c.agencyCode, fee, c.submittedBy, dueOn,
                    requestedBy, now);
            o.persist();
            out.add(o);
        }
        return out;
    }

    /** The case closed: what was not paid will not be. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void cancelUnpaid(DossierCase c) {
        PaymentObligation.ofDossier(c.dossierCode).forEach(PaymentObligation::cancel);
    }

    private static void validate(FeeLine f, String at) {
        if (f == null) {
            throw ProblemException.invalidField(at, "thiếu khoản thu", "missing amount due");
        }
        if (f.kind() == null) {
            throw ProblemException.invalidField(at + ".kind", "bắt buộc: FEE (phí) hoặc CHARGE (lệ phí)", "required: FEE or CHARGE");
        }
        if (f.amountVnd() == null || f.amountVnd() < 1 || f.amountVnd() > 100_000_000_000L) {
            throw ProblemException.invalidField(at + ".amountVnd", "số tiền (VND) từ 1 đến 100.000.000.000", "amount in VND from 1 to 100,000,000,000");
        }
        if (f.legalBasis() == null || f.legalBasis().isBlank() || f.legalBasis().length() > 500) {
            throw ProblemException.invalidField(at + ".legalBasis", "bắt buộc: căn cứ thu (văn bản quy định mức thu), tối đa 500 ký tự",
                    "required: the legal basis of the amount, at most 500 characters");
        }
        if (f.description() != null && f.description().length() > 500) {
            throw ProblemException.invalidField(at + ".description", "tối đa 500 ký tự", "at most 500 characters");
        }
    }
}
