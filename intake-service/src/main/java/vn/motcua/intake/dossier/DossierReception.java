package vn.motcua.intake.dossier;

import vn.motcua.platform.events.EventCatalog;
import vn.motcua.platform.events.contract.Channel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import vn.motcua.calendar.DueDate;
import vn.motcua.calendar.WorkingTimeCalculator;
import vn.motcua.intake.agency.Agency;
import vn.motcua.intake.applicant.CitizenIds;
import vn.motcua.intake.component.ComponentAttachments;
import vn.motcua.intake.component.Completeness;
import vn.motcua.intake.calendar.CalendarConfig;
import vn.motcua.intake.procedure.Procedure;
import vn.motcua.platform.events.contract.DossierAccepted;
import vn.motcua.platform.events.contract.DossierAccepted.ReceivedComponent;
import vn.motcua.platform.outbox.Outbox;
import vn.motcua.platform.problem.ProblemException;

/**
 * Receives a dossier (tiếp nhận hồ sơ): checks it against the procedure, gives it a code and an appointment date,
 * stores it and records the event, all in one transaction.
 */
@ApplicationScoped
public class DossierReception {

    private static final ZoneOffset VIETNAM = vn.motcua.calendar.VietnamTime.OFFSET;

    private final DossierCodes codes;
    private final CalendarConfig calendars;
    private final Outbox outbox;
    private final vn.motcua.intake.agency.AgencyDirectory directory;
    private final Clock clock;
    private final Completeness completeness;
    private final com.fasterxml.jackson.databind.ObjectMapper mapper;
    private final ComponentAttachments attachments;
    private final vn.motcua.intake.reception.CounterScope counters;

    /** The receiving staff member's agency, for the event's reception desk (post office follow-up). */
    @jakarta.inject.Inject
    vn.motcua.platform.security.Caller caller;

    public DossierReception(DossierCodes codes, CalendarConfig calendars, Outbox outbox, Clock clock,
                            Completeness completeness, ComponentAttachments attachments,
                            vn.motcua.intake.agency.AgencyDirectory directory, com.fasterxml.jackson.databind.ObjectMapper mapper,
                            vn.motcua.intake.reception.CounterScope counters) {
        this.directory = directory;
        this.counters = counters;
        this.mapper = mapper;
        this.codes = codes;
        this.calendars = calendars;
        this.outbox = outbox;
        this.clock = clock;
        this.completeness = completeness;
        this.attachments = attachments;
    }

    /** Result of a submission: the dossier and whether it was created now (false for an idempotent replay). */
    public record Outcome(Dossier dossier, boolean created) {
    }

    @Transactional
    public Outcome submit(SubmitDossierRequest request, Channel channel, String submittedBy, String idempotencyKey) {
        return submit(request, channel, submittedBy, submittedBy, idempotencyKey);
    }

    /**
     * @param submittedBy the account the dossier belongs to (sees it, withdraws, rates)
     * @param receivedBy  who received it and uploaded its files: the submitter, or staff on a home visit
     */
    @Transactional
    public Outcome submit(SubmitDossierRequest request, Channel channel, String submittedBy, String receivedBy,
                          String idempotencyKey) {
        String fingerprint = idempotencyKey == null ? null : fingerprint(request);
        if (idempotencyKey != null) {
            var earlier = Dossier.byIdempotencyKey(submittedBy, idempotencyKey);
            if (earlier.isPresent()) {
                String first = earlier.get().idempotencyFingerprint;
                if (first != null && !first.equals(fingerprint)) {
                    // as the IETF Idempotency-Key draft says: a reused key with another payload is a client error
                    throw new ProblemException(422, "idempotency-key-reused", "Không thể xử lý", "Unprocessable",
                            "Idempotency-Key này đã được dùng cho hồ sơ " + earlier.get().code + " với nội dung khác; dùng khóa mới cho hồ sơ mới",
                            "This Idempotency-Key was already used for dossier " + earlier.get().code + " with a different body; use a new key for a new submission",
                            java.util.List.of(new vn.motcua.platform.problem.Problem.FieldError("Idempotency-Key",
                                    "already used with a different body", "đã dùng với nội dung khác")));
                }
                return new Outcome(earlier.get(), false);
            }
        }
        Procedure procedure = Procedure.latest(request.procedureCode())
                .orElseThrow(() -> ProblemException.invalidField("procedureCode",
                        "không có thủ tục mã " + request.procedureCode(), "no procedure with code " + request.procedureCode()));
        if (!procedure.active) {
            throw ProblemException.unprocessable("inactive-procedure",
                    "Thủ tục " + procedure.code + " không còn được tiếp nhận", "Procedure " + procedure.code + " is no longer accepted");
        }
        if (channel == Channel.COUNTER) {
            counters.requireReceivesFor(procedure.agencyCode); // a department's desk receives for its own agency
        }
        checkApplicant(request.applicant());
        checkPostal(request, channel, procedure);
        var a = request.applicant();
        List<Completeness.Match> matches = completeness.check(procedure, request.components(),
                new Completeness.ApplicantIdentity(a.citizenId(), a.taxCode()), receivedBy);
        Agency agency = Agency.findById(procedure.agencyCode);
        if (!agency.active) {
            throw ProblemException.unprocessable("agency-inactive", "cơ quan " + agency.name + " hiện không tiếp nhận hồ sơ",
                    "agency " + agency.code + " does not receive dossiers at present");
        }
        // the receipt shows hh:mm; seconds are kept, finer precision is noise
        OffsetDateTime receivedAt = OffsetDateTime.now(clock).withOffsetSameInstant(VIETNAM).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        WorkingTimeCalculator calc = calendars.forOfficeHours(agency.officeHours);
        DueDate appointment = calc.dueDate(receivedAt, procedure.timeLimit(), procedure.cutOff);

        Dossier d = new Dossier();
        d.id = UUID.randomUUID();
        d.code = codes.next(agency.exchangeId, receivedAt.toLocalDate(), RuleSet.inForceAt(receivedAt));
        d.procedureId = procedure.id;
        d.procedureCode = procedure.code;
        d.procedureVersion = procedure.version;
        d.agencyCode = agency.code;
        d.channel = channel;
        if (request.postal() != null) {
            d.postalItemCode = request.postal().itemCode();
            d.postalFeeVnd = request.postal().feeCollectedVnd();
        }
        d.nationalChannelCode = channel.nationalCode();
        d.resultReturnChannel = request.resultReturnChannel() != null ? request.resultReturnChannel() : defaultReturn(channel);
        if (d.resultReturnChannel == Dossier.ReturnChannel.POSTAL) {
            d.resultReturnAddress = request.resultReturnAddress() != null && !request.resultReturnAddress().isBlank()
                    ? request.resultReturnAddress().strip() : request.applicant().address().strip();
        } else if (request.resultReturnAddress() != null) {
            throw ProblemException.invalidField("resultReturnAddress", "chỉ dùng khi nhận kết quả qua bưu chính",
                    "only for results returned by post");
        }
        d.status = DossierStatus.ACCEPTED;
        d.ruleSet = RuleSet.inForceAt(receivedAt);
        d.applicantType = a.type();
        d.applicantName = a.fullName().strip();
        d.applicantCitizenId = a.citizenId();
        d.applicantTaxCode = a.taxCode();
        d.applicantBirthDate = a.dateOfBirth();
        d.applicantPhone = a.phone();
        d.applicantEmail = a.email();
        d.applicantAddress = a.address().strip();
        d.submittedBy = submittedBy;
        d.receivedBy = receivedBy.equals(submittedBy) ? null : receivedBy;
        d.receivedAt = receivedAt;
        d.countingStartsAt = appointment.countingStartsAt();
        d.appointmentAt = appointment.dueAt();
        d.scheduleVersion = String.join(",", appointment.scheduleVersions());
        d.idempotencyKey = idempotencyKey;
        d.idempotencyFingerprint = fingerprint;
        d.applicantRepresentative = a.representative();
        if (request.submitter() != null) {
            d.submitterName = request.submitter().fullName().strip();
            d.submitterCitizenId = request.submitter().citizenId();
            d.submitterPhone = request.submitter().phone();
            d.submitterAuthorisation = request.submitter().authorisation().strip();
        }
        d.persist();
        // the accepted event goes first so consumers know the dossier before its components
        List<ReceivedComponent> received = ComponentAttachments.received(matches);

        outbox.publish(EventCatalog.DOSSIER_ACCEPTED, d.code,
                new DossierAccepted(d.code, d.procedureCode, d.procedureVersion, procedure.name, agency.code, agency.name,
                        d.channel, d.nationalChannelCode, d.resultReturnChannel.name(), d.ruleSet.name(),
                        new DossierAccepted.Applicant(d.applicantType.name(), d.applicantName, d.applicantPhone,
                                d.applicantEmail, d.applicantAddress,
                                d.applicantCitizenId != null ? d.applicantCitizenId : d.applicantTaxCode),
                        d.submittedBy, d.receivedAt, d.countingStartsAt, d.appointmentAt, procedure.timeLimitAmount,
                        procedure.timeLimitUnit.name(), d.scheduleVersion, procedure.supplementClockMode,
                        vn.motcua.intake.procedure.ProcedureStep.of(procedure), received, directory.profile(agency),
                        procedure.field, procedure.feeVnd > 0
                                ? List.of(new DossierAccepted.Fee("Lệ phí " + procedure.name, procedure.feeVnd)) : List.of(),
                        channel == Channel.ONLINE ? null : new DossierAccepted.ReceptionDesk(caller.agency().orElse(null), receivedBy)));
        attachments.attachAll(d, matches, receivedBy, receivedAt);
        return new Outcome(d, true);
    }

    private static void checkApplicant(SubmitDossierRequest.Applicant a) {
        if (a.type() == Dossier.ApplicantType.INDIVIDUAL && a.citizenId() == null) {
            throw ProblemException.invalidField("applicant.citizenId",
                    "công dân phải khai số định danh cá nhân (CCCD 12 số)", "an individual must give the 12-digit citizen ID");
        }
        if (a.citizenId() != null) {
            String problem = CitizenIds.problem(a.citizenId(), a.dateOfBirth());
            if (problem != null) {
                throw ProblemException.invalidField("applicant.citizenId", "số định danh cá nhân không hợp lệ (" + problem + ")", problem);
            }
        }
        if (a.type() == Dossier.ApplicantType.ORGANISATION && (a.taxCode() == null || a.representative() == null
                || a.representative().isBlank())) {
            throw ProblemException.invalidField(a.taxCode() == null ? "applicant.taxCode" : "applicant.representative",
                    "tổ chức phải khai mã số thuế và người đại diện", "an organisation must give its tax code and representative");
        }
    }

    /** Postal staff must record the item code and fee; other channels must not claim a postal item. */
    private static void checkPostal(SubmitDossierRequest request, Channel channel, Procedure procedure) {
        if (channel == Channel.POSTAL && !procedure.postalReceipt) {
            throw ProblemException.unprocessable("no-postal-receipt",
                    "Thủ tục " + procedure.code + " không tiếp nhận qua dịch vụ bưu chính công ích",
                    "Procedure " + procedure.code + " is not received through the public postal service");
        }
        if (request.resultReturnChannel() == Dossier.ReturnChannel.POSTAL && !procedure.postalReturn) {
            throw ProblemException.invalidField("resultReturnChannel", "thủ tục không trả kết quả qua bưu chính",
                    "the procedure does not return results by post");
        }
        if (channel == Channel.POSTAL && request.postal() == null) {
            throw ProblemException.invalidField("postal", "nhân viên bưu điện phải ghi mã bưu gửi và lệ phí đã thu",
                    "postal staff must record the postal item code and the fee collected");
        }
        if (channel != Channel.POSTAL && request.postal() != null) {
            throw ProblemException.invalidField("postal", "chỉ dùng khi tiếp nhận qua dịch vụ bưu chính công ích",
                    "only for dossiers received through the public postal service");
        }
    }

    private static Dossier.ReturnChannel defaultReturn(Channel channel) {
        return switch (channel) {
            case ONLINE -> Dossier.ReturnChannel.ONLINE;
            case POSTAL -> Dossier.ReturnChannel.POSTAL;
            case COUNTER, HOME_APPOINTMENT -> Dossier.ReturnChannel.COUNTER;
        };
    }

    /** SHA-256 of the request as canonical JSON (records serialise their parts in declaration order). */
    private String fingerprint(SubmitDossierRequest request) {
        try {
            return vn.motcua.platform.content.Digests.sha256Hex(mapper.writeValueAsBytes(request));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("submission cannot be serialised", e);
        }
    }
}
