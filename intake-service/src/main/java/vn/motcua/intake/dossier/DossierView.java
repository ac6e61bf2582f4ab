package vn.motcua.intake.dossier;

import java.time.OffsetDateTime;

/** A dossier as its applicant or an officer sees it. */
public record DossierView(
        String code,
        String procedureCode,
        int procedureVersion,
        String agencyCode,
        vn.motcua.platform.events.contract.Channel channel,
        int nationalChannelCode,
        Dossier.ReturnChannel resultReturnChannel,
        String resultReturnAddress,
        DossierStatus status,
        RuleSet ruleSet,
        String applicantName,
        String submittedBy,
        OffsetDateTime receivedAt,
        OffsetDateTime countingStartsAt,
        OffsetDateTime appointmentAt,
        String scheduleVersion,
        String postalItemCode,
        Long postalFeeVnd,
        String applicantRepresentative,
        String submitterName,
        String receivedBy,
        vn.motcua.platform.events.contract.CaseState processingState,
        Integer nationalStatus,
        String supplementRequest,
        String rating,
        String withdrawalRefused) {

    public static DossierView of(Dossier d) {
        return new DossierView(d.code, d.procedureCode, d.procedureVersion, d.agencyCode, d.channel,
                d.nationalChannelCode, d.resultReturnChannel, d.resultReturnAddress, d.status, d.ruleSet, d.applicantName,
                d.submittedBy, d.receivedAt, d.countingStartsAt, d.appointmentAt, d.scheduleVersion, d.postalItemCode,
                d.postalFeeVnd, d.applicantRepresentative, d.submitterName, d.receivedBy, d.processingState, d.nationalStatus,
                d.supplementRequest, d.rating, d.withdrawalRefused);
    }
}
