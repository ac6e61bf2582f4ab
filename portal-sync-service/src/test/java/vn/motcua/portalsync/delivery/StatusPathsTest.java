package vn.motcua.portalsync.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.events.contract.CaseState;
import vn.motcua.portalsync.support.Journey;
import vn.motcua.portalsync.support.Paths;
import vn.motcua.portalsync.support.Journey.Agency;
import vn.motcua.portalsync.support.Portal;
import vn.motcua.testsupport.Waits;

/**
 * Every status path of a dossier reaches the simulated portal in order, once each, whichever of intake's and
 * processing's streams is read first; for several agencies and many dossiers at once.
 */
@QuarkusTest
class StatusPathsTest {

    @jakarta.inject.Inject
    jakarta.persistence.EntityManager em;

    /** How many "the portal has it" events the dossier's acknowledgement put in the outbox. */
    long syncedEvents(String code) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM outbox_event WHERE event_type = :t AND message_key = :k")
                .setParameter("t", vn.motcua.platform.events.EventCatalog.PORTAL_DOSSIER_SYNCED.type()).setParameter("k", code)
                .getSingleResult()).longValue();
    }

    @Test
    void acceptedProcessingSupplementResultReturnedInOrderEvenWhenProcessingIsReadFirst() {
        Journey j = Paths.fullPath(Agency.SKHCN).publishProcessingFirst();
        Paths.awaitStatuses(j, Paths.FULL_PATH);
        assertThat(Portal.operations(j.code)).containsExactly("DongBoHoSoMC", "CapNhatTienDoHoSoMC", "CapNhatTienDoHoSoMC",
                "CapNhatTienDoHoSoMC", "CapNhatTienDoHoSoMC", "CapNhatTienDoHoSoMC", "CapNhatTienDoHoSoMC",
                "CapNhatTienDoHoSoMC", "CapNhatTienDoHoSoMC", "CapNhatTienDoHoSoMC", "DongBoDanhGia");
        var json = Portal.receivedJson(j.code);
        // the dossier, with the fields the portal's provincial integrations use
        assertThat(json.getString("[0].payload.MaTTHC")).isEqualTo(Journey.PROCEDURE);
        assertThat(json.getInt("[0].payload.LoaiDoiTuong")).isEqualTo(1);
        assertThat(json.getString("[0].payload.MaDoiTuong")).hasSize(12);
        assertThat(json.getString("[0].payload.NgayTiepNhan")).isEqualTo("20261124090000");
        assertThat(json.getString("[0].payload.DonViXuLy")).isEqualTo("000.17.22.H56");
        assertThat(json.getList("[0].payload.TaiLieuNop")).hasSize(1);
        assertThat(json.getInt("[0].payload.DanhSachLePhi[0].MucPhi")).isEqualTo(150000);
        assertThat(json.getString("[4].payload.DanhSachHoSoBoSung[0].LoaiBoSung")).isEqualTo("DA_BO_SUNG");
        assertThat(json.getString("[8].payload.DanhSachGiayToKetQua[0].NguoiKy")).isEqualTo("Trần Thị Bình");
        assertThat(json.getString("[9].payload.NgayTra")).hasSize(14);
        // the dashboards hear once that the portal has the dossier
        assertThat(syncedEvents(j.code)).isEqualTo(1);
    }

    @Test
    void refusedWithdrawnAndStoppedPathsEndInTheirCodes() {
        Journey refused = Journey.of(Agency.SVHTTDL).accepted().opened().step("ASSIGN", CaseState.ASSIGNED)
                .step("START", CaseState.IN_PROCESS).step("SUBMIT_FOR_APPROVAL", CaseState.AWAITING_APPROVAL)
                .step("REFUSE", CaseState.REFUSED).publish();
        Journey withdrawn = Journey.of(Agency.UBND_COMMUNE).accepted().opened()
                .step("WITHDRAW_ONLINE", CaseState.WITHDRAWN).publishProcessingFirst();
        Journey stopped = Journey.of(Agency.SKHCN).accepted().opened().step("ASSIGN", CaseState.ASSIGNED)
                .step("STOP", CaseState.STOPPED).publish();
        Paths.awaitStatuses(refused, List.of(2, 4, 4, 4, 3));
        Paths.awaitStatuses(withdrawn, List.of(2, 7));
        Paths.awaitStatuses(stopped, List.of(2, 4, 8));
        assertThat(Portal.receivedJson(withdrawn.code).getString("[0].payload.DonViXuLy")).isEqualTo("000.41.33.H56");
    }

    @Test
    void aTransferIsAStatusOfTheSameDossierNamingThePartnerNeverASecondDossier() {
        Journey j = Journey.of(Agency.SKHCN).accepted().opened().step("ASSIGN", CaseState.ASSIGNED)
                .step("START", CaseState.IN_PROCESS).transfer(Agency.SVHTTDL).transferBack().publish();
        Paths.awaitStatuses(j, List.of(2, 4, 4, 4, 4));
        var json = Portal.receivedJson(j.code);
        assertThat(Portal.operations(j.code).stream().filter("DongBoHoSoMC"::equals)).hasSize(1);
        assertThat(json.getString("[3].payload.HanhDong")).isEqualTo("TRANSFER");
        assertThat(json.getString("[3].payload.DonViXuLy")).as("the co-processing unit holds it")
                .isEqualTo(Agency.SVHTTDL.exchangeId());
        assertThat(json.getString("[4].payload.DonViXuLy")).isEqualTo(Agency.SKHCN.exchangeId());
    }

    @Test
    void manyDossiersOfThreeAgenciesAtOnceEachInOrderOnce() {
        List<Agency> agencies = List.of(Agency.SKHCN, Agency.SVHTTDL, Agency.UBND_COMMUNE);
        List<Journey> journeys = IntStream.range(0, 24).mapToObj(i -> Paths.fullPath(agencies.get(i % 3))).toList();
        List<CompletableFuture<Void>> sending = new ArrayList<>();
        for (int i = 0; i < journeys.size(); i++) {
            Journey j = journeys.get(i);
            boolean processingFirst = i % 2 == 0;
            sending.add(CompletableFuture.runAsync(() -> {
                if (processingFirst) {
                    j.publishProcessingFirst();
                } else {
                    j.publishIntakeFirst();
                }
            }));
        }
        sending.forEach(CompletableFuture::join);
        for (Journey j : journeys) {
            Paths.awaitStatuses(j, Paths.FULL_PATH);
            List<Map<String, Object>> got = Portal.received(j.code);
            assertThat(got.stream().map(r -> r.get("idempotencyKey")).distinct()).hasSize(Paths.FULL_PATH.size());
            assertThat(syncedEvents(j.code)).as("synced events of %s", j.code).isEqualTo(1);
        }
    }
}
