package vn.motcua.intake.dossier;

import java.time.OffsetDateTime;

/** A dossier as its applicant or an officer sees it. */
public record DossierView(
        String code,
        String procedureCode,
        int procedureVersion,
        String agencyCode,
        String channel,
        int nationalChannelCode,
        String resultReturnChannel,
        String resultReturnAddress,
        String status,
        String ruleSet,
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
        String processingState,
        Integer nationalStatus,
        String supplementRequest,
        String rating,
        String withdrawalRefused) {

    public static DossierView of(Dossier d) {
        return new DossierView(d.code, d.procedureCode, d.procedureVersion, d.agencyCode, d.channel.name(),
                d.nationalChannelCode, d.resultReturnChannel.name(), d.resultReturnAddress, d.status.name(), d.ruleSet.name(), d.applicantName,
                d.submittedBy, d.receivedAt, d.countingStartsAt, d.appointmentAt, d.scheduleVersion, d.postalItemCode,
                d.postalFeeVnd, d.applicantRepresentative, d.submitterName, d.receivedBy, d.processingState == null ? null : d.processingState.name(), d.nationalStatus,
                d.supplementRequest, d.rating, d.withdrawalRefused);
    }
}
