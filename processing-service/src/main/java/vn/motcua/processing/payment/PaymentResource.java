package vn.motcua.processing.payment;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.platform.events.contract.PaymentChannel;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.security.Caller;
import vn.motcua.platform.security.Roles;
import vn.motcua.processing.casefile.CaseAccess;
import vn.motcua.processing.casefile.DossierCase;
import vn.motcua.processing.payment.gateway.GatewayReport;

/**
 * Fees and charges of cases: the applicant sees and pays their bills; officers of the agency see a case's bills and
 * record cash; the gateway reports payments to the callback (no token: its signature is checked); admin and leaders
 * review the reports that were refused or did not match.
 */
@Path("/api/v1/payments")
@Tag(name = "Payments")
public class PaymentResource {

    private final Caller caller;
    private final CaseAccess access;
    private final PaymentCheckout checkout;
    private final PaymentSettlement settlement;
    private final ObjectMapper json;

    public PaymentResource(Caller caller, CaseAccess access, PaymentCheckout checkout, PaymentSettlement settlement,
                           ObjectMapper json) {
        this.caller = caller;
        this.access = access;
        this.checkout = checkout;
        this.settlement = settlement;
        this.json = json;
    }

    @GET
    @RolesAllowed({Roles.CITIZEN, Roles.COUNTER_OFFICER, Roles.SPECIALIST, Roles.LEADER, Roles.ADMIN})
    @Operation(summary = "Bills: the applicant's own (all, or of one dossier); an officer's, of one dossier of their agency")
    @APIResponse(responseCode = "200", description = "The bills, newest first for the applicant's own", content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.ARRAY, implementation = PaymentView.class)))
    @APIResponse(responseCode = "400", description = "An officer gave no dossierCode")
    @APIResponse(responseCode = "403", description = "The dossier is not the caller's to see")
    public List<PaymentView> listPayments(@QueryParam("dossierCode") String dossierCode) {
        boolean officer = caller.hasAnyRole(Roles.COUNTER_OFFICER, Roles.SPECIALIST, Roles.LEADER, Roles.ADMIN);
        if (dossierCode == null || dossierCode.isBlank()) {
            if (officer) {
                throw ProblemException.invalidField("dossierCode", "bắt buộc với cán bộ", "required for officers");
            }
            return PaymentObligation.<PaymentObligation>list("payerAccount = ?1 ORDER BY requestedAt DESC, billCode",
                    caller.username()).stream().limit(200).map(PaymentView::of).toList();
        }
        access.visible(dossierCode); // 404 unknown, 403 not theirs (the applicant sees their own case)
        return PaymentObligation.ofDossier(dossierCode).stream().map(PaymentView::of).toList();
    }

    @POST
    @Path("/{billCode}/checkout")
    @RolesAllowed(Roles.CITIZEN)
    @Operation(summary = "Pay a bill online: opens an order at the payment gateway and answers where to pay it")
    @APIResponse(responseCode = "200", description = "Where to pay: the gateway's page for a new order (or the one just opened)", content = @Content(mediaType = "application/json", schema = @Schema(implementation = PaymentCheckout.Started.class)))
    @APIResponse(responseCode = "404", description = "No such bill of the caller's")
    @APIResponse(responseCode = "409", description = "The bill is not awaiting payment (paid, cancelled)")
    @APIResponse(responseCode = "503", description = "The gateway does not answer: nothing was charged, try again (Retry-After)")
    public PaymentCheckout.Started checkoutPayment(@PathParam("billCode") String billCode) {
        return checkout.start(billCode, caller.username());
    }

    @POST
    @Path("/{billCode}/cash")
    @RolesAllowed({Roles.COUNTER_OFFICER, Roles.SPECIALIST})
    @Transactional
    @Operation(summary = "Record cash taken for a bill at the counter or by a postal clerk; the case resumes once all its bills are paid")
    @APIResponse(responseCode = "200", description = "The bill, paid", content = @Content(mediaType = "application/json", schema = @Schema(implementation = PaymentView.class)))
    @APIResponse(responseCode = "403", description = "The case is not of the caller's agency")
    @APIResponse(responseCode = "409", description = "The bill is not awaiting payment")
    public PaymentView recordCashPayment(@PathParam("billCode") String billCode, @Valid @NotNull CashRequest request) {
        PaymentObligation bill = PaymentObligation.findById(billCode);
        if (bill == null) {
            throw ProblemException.notFound("unknown-bill", "Không có khoản thu " + billCode, "No bill " + billCode);
        }
        DossierCase c = access.visibleForUpdate(bill.dossierCode());
        if (!caller.requireAgency().equals(c.agencyCode)) {
            throw ProblemException.forbidden("Chỉ cơ quan " + c.agencyCode + " ghi nhận khoản thu của hồ sơ này",
                    "Only agency " + c.agencyCode + " records the payments of this case");
        }
        if (request.channel() == PaymentChannel.ONLINE) {
            throw ProblemException.invalidField("channel", "chỉ COUNTER_CASH hoặc POSTAL_CASH; thanh toán trực tuyến do cổng thanh toán báo",
                    "COUNTER_CASH or POSTAL_CASH only; online payments are reported by the gateway");
        }
        String collector = request.collectedBy();
        if (collector == null || collector.isBlank()) {
            if (request.channel() == PaymentChannel.POSTAL_CASH) {
                throw ProblemException.invalidField("collectedBy", "bắt buộc: nhân viên bưu điện đã thu tiền", "required: the postal clerk who took the cash");
            }
            collector = caller.username();
        }
        return PaymentView.of(settlement.cash(c, bill, new PaymentSettlement.Cash(request.channel(), collector,
                request.receiptNumber(), null), caller.username()));
    }

    @POST
    @Path("/callback")
    @PermitAll
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "The payment gateway's server-to-server report (IPN): believed only once its signature, the order, "
            + "the bill code, the amount and the currency check out")
    @APIResponse(responseCode = "200", description = "Recorded (code 00) or already recorded (code 02)")
    @APIResponse(responseCode = "400", description = "Refused: not signed by the gateway, unknown order, or not what was asked")
    public Map<String, String> paymentCallback(String body) {
        GatewayReport report;
        try {
            report = GatewayReport.of(json.readTree(body == null ? "" : body));
        } catch (IOException | IllegalArgumentException e) {
            throw ProblemException.badRequest("payment-report-refused", "Nội dung báo thanh toán không phải JSON hợp lệ",
                    "The payment report is not a JSON object");
        }
        PaymentReport.Outcome outcome = settlement.report(report, PaymentReport.Source.CALLBACK, body);
        if (outcome == null || outcome == PaymentReport.Outcome.SETTLED || outcome == PaymentReport.Outcome.FAILED_AT_GATEWAY) {
            return Map.of("code", "00", "message", "Đã ghi nhận / recorded");
        }
        if (outcome == PaymentReport.Outcome.ALREADY_SETTLED) {
            return Map.of("code", "02", "message", "Đã ghi nhận trước đó / already recorded");
        }
        throw ProblemException.badRequest("payment-report-refused", "Báo thanh toán bị từ chối: " + outcome,
                "Payment report refused: " + outcome);
    }

    @GET
    @Path("/reports")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER})
    @Operation(summary = "The gateway's reports that need an officer's look (forged, unknown order, mismatch, missing at the gateway), newest first; a leader sees their agency's")
    public List<ReportView> listPaymentReports() {
        List<PaymentReport.Outcome> review = java.util.Arrays.stream(PaymentReport.Outcome.values())
                .filter(PaymentReport.Outcome::needsReview).toList();
        List<PaymentReport> rows = caller.hasRole(Roles.ADMIN)
                ? PaymentReport.find("outcome IN ?1 ORDER BY receivedAt DESC", review).page(0, 200).list()
                : PaymentReport.find("outcome IN ?1 AND agencyCode = ?2 ORDER BY receivedAt DESC", review, caller.requireAgency())
                .page(0, 200).list();
        return rows.stream().map(r -> new ReportView(r.receivedAt(), r.source(), r.outcome(), r.orderId(), r.billCode(),
                r.agencyCode(), r.detail())).toList();
    }

    /** A report kept for review. */
    public record ReportView(java.time.OffsetDateTime receivedAt, PaymentReport.Source source, PaymentReport.Outcome outcome,
                             String orderId, String billCode, String agencyCode, String detail) {
    }
}
