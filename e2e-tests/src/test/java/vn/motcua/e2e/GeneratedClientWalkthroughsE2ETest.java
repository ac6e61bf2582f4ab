package vn.motcua.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.motcua.client.intake.api.DossiersApi;
import vn.motcua.client.intake.api.ProcedureCatalogueApi;
import vn.motcua.client.intake.api.PublicLookupApi;
import vn.motcua.client.intake.model.Applicant;
import vn.motcua.client.intake.model.ApplicantType;
import vn.motcua.client.intake.model.ComponentRef;
import vn.motcua.client.intake.model.DossierView;
import vn.motcua.client.intake.model.Postal;
import vn.motcua.client.intake.model.SlipRequest;
import vn.motcua.client.intake.model.SubmitDossierRequest;
import vn.motcua.client.intake.model.Submitter;
import vn.motcua.client.notification.api.LettersApi;
import vn.motcua.client.notification.model.LetterView;
import vn.motcua.client.processing.api.CasesApi;
import vn.motcua.client.processing.model.ActionRequest;
import vn.motcua.client.processing.model.CaseAction;
import vn.motcua.client.processing.model.CaseView;
import vn.motcua.signature.testing.TestPki;

/**
 * The README's walk-throughs (citizen, postal staff, counter officer, officers) driven only through Java clients
 * generated from the published OpenAPI documents, against the packaged services. A path, a parameter, a type, a
 * status code or a field the documents get wrong fails here; so does a field a service sends and its document lacks
 * (the clients refuse unknown properties).
 */
@ExtendWith(SharedStack.Extension.class)
class GeneratedClientWalkthroughsE2ETest {

    static final String PROCEDURE = "1.004227.000.00.00.H56";
    static final ObjectMapper JSON = vn.motcua.client.intake.ApiClient.createDefaultObjectMapper();

    static Clients as(String user) {
        return new Clients(u -> SharedStack.get().url(u), SharedStack.get().tokens().of(user));
    }

    static final Clients PUBLIC = new Clients(u -> SharedStack.get().url(u), null);

    /** The citizen id's digits 4-6 are the year of birth (the service checks them): the date of birth follows them. */
    static Applicant applicant(String name, String citizenId, String phone) {
        int year = citizenId.length() < 6 ? 1990 // an invalid id, for the refusals
                : (citizenId.charAt(3) <= '1' ? 1900 : 2000) + Integer.parseInt(citizenId.substring(4, 6));
        return new Applicant().type(ApplicantType.INDIVIDUAL).fullName(name).citizenId(citizenId)
                .dateOfBirth(java.time.LocalDate.of(year, 5, 17)).phone(phone).address("12 Lê Lợi, Phủ Lý, Hà Nam");
    }

    /** A complete request: one staged PDF per mandatory component of the catalogue. */
    static SubmitDossierRequest complete(Clients who, Applicant applicant) throws Exception {
        SubmitDossierRequest request = new SubmitDossierRequest().procedureCode(PROCEDURE).applicant(applicant);
        for (var component : new ProcedureCatalogueApi(PUBLIC.intake()).getProcedure(PROCEDURE).getComponents()) {
            if (Boolean.TRUE.equals(component.getMandatory())) {
                String text = component.getCode() + " " + UUID.randomUUID();
                java.io.File pdf = Clients.file(TestPki.pdf(text), component.getCode() + ".pdf");
                var staged = new DossiersApi(who.uploading(pdf).intake()).stageUpload(pdf, component.getCode() + ".pdf");
                assertThat(staged.getId()).isNotNull();
                request.addComponentsItem(new ComponentRef().code(component.getCode()).uploadId(staged.getId()));
            }
        }
        assertThat(request.getComponents()).as("mandatory components of %s", PROCEDURE).isNotEmpty();
        return request;
    }

    static CaseView awaitCase(String code) {
        CasesApi cases = new CasesApi(as("leader1").processing());
        return await(() -> {
            try {
                return cases.getCase(code);
            } catch (vn.motcua.client.processing.ApiException e) {
                assertThat(e.getCode()).as("while the case is not opened yet").isEqualTo(404);
                return null;
            }
        }, "case " + code);
    }

    static <T> T await(Supplier<T> call, String what) {
        return Awaitility.await(what).atMost(java.time.Duration.ofSeconds(60)).pollInterval(java.time.Duration.ofMillis(300))
                .until(call::get, java.util.Objects::nonNull);
    }

    @Test
    void aCitizenFindsTheProcedureSubmitsOnlineAndFollowsTheDossier() throws Exception {
        Clients citizen = as("citizen1");
        var found = new ProcedureCatalogueApi(PUBLIC.intake()).searchProcedures(null, null, null, 10, "1.004227");
        assertThat(found.getItems()).extracting(p -> p.getCode()).contains(PROCEDURE);

        DossiersApi dossiers = new DossiersApi(citizen.intake());
        SubmitDossierRequest request = complete(citizen, applicant("Nguyễn Văn An", "001090012345", "0912345678"));
        String key = UUID.randomUUID().toString();
        var first = dossiers.submitDossierWithHttpInfo(request, key);
        assertThat(first.getStatusCode()).isEqualTo(201);
        DossierView dossier = first.getData();
        assertThat(first.getHeaders().get("location")).singleElement().asString().endsWith("/api/v1/dossiers/" + dossier.getCode());
        assertThat(dossier.getChannel()).isEqualTo(vn.motcua.client.intake.model.Channel.ONLINE);
        var replay = dossiers.submitDossierWithHttpInfo(request, key);
        assertThat(replay.getStatusCode()).as("the same Idempotency-Key").isEqualTo(200);
        assertThat(replay.getData().getCode()).isEqualTo(dossier.getCode());

        assertThat(dossiers.getDossier(dossier.getCode()).getApplicantName()).isEqualTo("Nguyễn Văn An");
        assertThat(dossiers.listDossiers(null, 200).getItems()).extracting(DossierView::getCode).contains(dossier.getCode());
        assertThat(new PublicLookupApi(PUBLIC.intake()).lookUpDossierStatus(dossier.getCode(), "5678").getCode())
                .isEqualTo(dossier.getCode());

        CaseView opened = awaitCase(dossier.getCode());
        assertThat(new CasesApi(citizen.processing()).getCase(dossier.getCode()).getState()).isEqualTo(opened.getState());
        LettersApi letters = new LettersApi(citizen.notification());
        LetterView receipt = await(() -> {
            try {
                return letters.listLetters(null, dossier.getCode(), 50).getItems().stream()
                        .filter(l -> l.getKind() == vn.motcua.client.notification.model.LetterKind.RECEIPT).findFirst().orElse(null);
            } catch (vn.motcua.client.notification.ApiException e) {
                throw new AssertionError(e);
            }
        }, "receipt of " + dossier.getCode());
        assertThat(Files.readAllBytes(letters.getLetterPdf(receipt.getId()).toPath())).startsWith("%PDF".getBytes());

        // someone else's dossier: refused, with a typed problem
        var refused = catchThrowableOfType(vn.motcua.client.intake.ApiException.class,
                () -> new DossiersApi(as("citizen2").intake()).getDossier(dossier.getCode()));
        assertThat(refused.getCode()).isIn(403, 404);
        var problem = JSON.readValue(refused.getResponseBody(), vn.motcua.client.intake.model.Problem.class);
        assertThat(problem.getStatus()).isEqualTo(refused.getCode());
        assertThat(problem.getTitleVi()).isNotBlank();
    }

    @Test
    void postalStaffAndACounterOfficerReceiveOnBehalfOfTheAgency() throws Exception {
        Clients postal = as("postal1");
        SubmitDossierRequest byPost = complete(postal, applicant("Lê Thị Mai", "035190004321", "0987000111"))
                .postal(new Postal().itemCode("EE123456789VN").feeCollectedVnd(25000L));
        DossierView posted = new DossiersApi(postal.intake()).submitDossier(byPost, null);
        assertThat(posted.getChannel()).isEqualTo(vn.motcua.client.intake.model.Channel.POSTAL);
        assertThat(posted.getNationalChannelCode()).isEqualTo(3);
        assertThat(posted.getPostalItemCode()).isEqualTo("EE123456789VN");

        Clients counter = as("counter1");
        SubmitDossierRequest walkIn = complete(counter, applicant("Vũ Đức Thắng", "035080002222", "0904111222"))
                .submitter(new Submitter().fullName("Vũ Thị Lan").citizenId("035185003333").phone("0904333444")
                        .authorisation("Giấy ủy quyền ngày 20/11/2026"));
        DossierView received = new DossiersApi(counter.intake()).submitDossier(walkIn, null);
        assertThat(received.getChannel()).isEqualTo(vn.motcua.client.intake.model.Channel.COUNTER);
        assertThat(received.getSubmitterName()).isEqualTo("Vũ Thị Lan");
        awaitCase(posted.getCode());
        awaitCase(received.getCode());

        // an incomplete walk-in leaves with a supplement slip (form 02) instead of a dossier code
        var slip = new DossiersApi(counter.intake()).issueReceptionSlip(new SlipRequest().kind(vn.motcua.client.intake.model.Kind.SUPPLEMENT)
                .procedureCode("1.000948.000.00.00.H56").addBroughtComponentsItem("DON")
                .applicant(applicant("Hoàng Văn Nam", "035088001234", "0915111222")));
        assertThat(slip.getId()).isNotNull();
        assertThat(slip.getKind()).isEqualTo(vn.motcua.client.intake.model.Kind.SUPPLEMENT);

        // bad input: 400 problem naming the field
        var bad = catchThrowableOfType(vn.motcua.client.intake.ApiException.class, () -> new DossiersApi(counter.intake())
                .submitDossier(new SubmitDossierRequest().procedureCode(PROCEDURE)
                        .applicant(applicant("Vũ Đức Thắng", "12", "0904111222")), null));
        assertThat(bad.getCode()).isEqualTo(400);
        assertThat(JSON.readValue(bad.getResponseBody(), vn.motcua.client.intake.model.Problem.class).getErrors())
                .extracting(e -> e.getField()).contains("applicant.citizenId");
    }

    @Test
    void officersAssignProcessApproveSignAndReturn_andAStaleVersionIsRefused() throws Exception {
        Clients citizen = as("citizen1");
        String code = new DossiersApi(citizen.intake()).submitDossier(
                complete(citizen, applicant("Nguyễn Văn An", "001090012345", "0912345678")), null).getCode();
        awaitCase(code);
        CasesApi leader = new CasesApi(as("leader1").processing());
        CasesApi specialist = new CasesApi(as("specialist1").processing());

        assertThat(leader.listCases(null, null, null, null, 50, null, code, null, null, null).getItems())
                .extracting(CaseView::getDossierCode).containsExactly(code);
        var seen = leader.getCaseWithHttpInfo(code);
        String etag = seen.getHeaders().get("etag").getFirst();
        CaseView assigned = leader.applyCaseAction(CaseAction.ASSIGN, code, new ActionRequest().assignee("specialist1"), etag);
        assertThat(assigned.getState()).isEqualTo(vn.motcua.client.processing.model.CaseState.ASSIGNED);
        assertThat(assigned.getAllowedActions()).contains(CaseAction.START);
        // a second leader acting on what they saw before the assignment: 412 with the current state
        var stale = catchThrowableOfType(vn.motcua.client.processing.ApiException.class,
                () -> leader.applyCaseAction(CaseAction.ASSIGN, code, new ActionRequest().assignee("specialist2"), etag));
        assertThat(stale.getCode()).isEqualTo(412);
        assertThat(stale.getResponseHeaders().firstValue("content-type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JSON.readValue(stale.getResponseBody(), vn.motcua.client.processing.model.Problem.class);

        specialist.applyCaseAction(CaseAction.START, code, new ActionRequest(), null);
        var early = catchThrowableOfType(vn.motcua.client.processing.ApiException.class,
                () -> leader.applyCaseAction(CaseAction.APPROVE, code, new ActionRequest(), null));
        assertThat(early.getCode()).isEqualTo(409);
        specialist.applyCaseAction(CaseAction.SUBMIT_FOR_APPROVAL, code, new ActionRequest(), null);
        assertThat(leader.applyCaseAction(CaseAction.APPROVE, code, new ActionRequest(), null).getState()).isEqualTo(vn.motcua.client.processing.model.CaseState.APPROVED);

        byte[] signed = TestPki.signPdf(TestPki.pdf("Giay chung nhan " + code), SharedStack.get().pki().issue("Trần Thị Bình"), Instant.now());
        java.io.File result = Clients.file(signed, "ket-qua.pdf");
        CaseView ready = new CasesApi(as("leader1").uploading(result).processing()).uploadResult(code, result, "ket-qua.pdf");
        assertThat(ready.getState()).isEqualTo(vn.motcua.client.processing.model.CaseState.RESULT_READY);
        CaseView returned = new CasesApi(as("counter1").processing()).applyCaseAction(CaseAction.RETURN_RESULT, code, new ActionRequest(), null);
        assertThat(returned.getNationalStatusCode()).isEqualTo(10);
        assertThat(new CasesApi(citizen.processing()).listResults(code)).singleElement()
                .satisfies(r -> assertThat(r.getSignatureState()).isEqualTo(vn.motcua.client.processing.model.SignatureState.VALID));
    }
}
