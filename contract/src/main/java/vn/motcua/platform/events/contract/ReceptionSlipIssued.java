package vn.motcua.platform.events.contract;

import jakarta.annotation.Nullable;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Data of {@code vn.motcua.intake.reception.slip-issued.v1}: at reception the dossier was not accepted; instead the
 * applicant got a supplement request listing what is missing (kind SUPPLEMENT, form 02) or a refusal with the reason
 * (kind REFUSAL, form 03). No dossier code exists; {@code slipId} identifies it.
 */
public record ReceptionSlipIssued(String slipId, Kind kind, String agencyCode, String agencyName, String procedureCode,
                                  String procedureName, @Nullable String ruleSet, DossierAccepted.Applicant applicant,
                                  @Nullable List<Item> items, @Nullable String reason, String officer, OffsetDateTime at) {

    /** Which slip: a supplement request (phiếu yêu cầu bổ sung, form 02) or a refusal (phiếu từ chối, form 03). */
    public enum Kind { SUPPLEMENT, REFUSAL }

    /** A missing component as the slip lists it. */
    public record Item(String code, String name, String form, int quantity) {
    }
}
