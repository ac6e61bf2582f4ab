package vn.motcua.portalsync.mapping;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import vn.motcua.platform.events.contract.CaseState;
import vn.motcua.platform.events.contract.CaseStatusChanged;
import vn.motcua.platform.events.contract.DossierAccepted;
import vn.motcua.platform.events.contract.DossierRated;
import vn.motcua.platform.events.contract.DossierSupplemented;

/**
 * The {@code data} of each portal call, with the field names of the portal's provincial integrations (MaHoSo,
 * MaTTHC, TenTTHC, MaLinhVuc, ChuHoSo, LoaiDoiTuong, MaDoiTuong, NgayTiepNhan, NgayHenTra, TrangThaiHoSo, NgayTra,
 * HinhThuc, DonViXuLy, TaiLieuNop, DanhSachLePhi, DanhSachHoSoBoSung, DanhSachGiayToKetQua). Built once when the
 * change is recorded, so every retry sends the same bytes under the same idempotency key. The applicant's phone and
 * e-mail are not sent: the portal identifies the applicant by the personal identifier or tax code.
 */
public final class PortalPayloads {

    private final ObjectMapper json;

    public PortalPayloads(ObjectMapper json) {
        this.json = json;
    }

    /** A payload as the JSON text a change stores (the body sent to the portal as it is). */
    public String text(com.fasterxml.jackson.databind.JsonNode payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * DongBoHoSoMC: the dossier as accepted.
     *
     * @param unitId the receiving unit's document-exchange identifier (DonViXuLy)
     */
    public ObjectNode dossier(DossierAccepted a, String unitId) {
        ObjectNode d = json.createObjectNode();
        d.put("MaHoSo", a.dossierCode());
        d.put("MaTTHC", a.procedureCode());
        d.put("TenTTHC", a.procedureName());
        d.put("MaLinhVuc", a.procedureField());
        d.put("ChuHoSo", a.applicant().name());
        d.put("LoaiDoiTuong", "ORGANISATION".equals(a.applicant().type()) ? 2 : 1);
        d.put("MaDoiTuong", a.applicant().identifier());
        d.put("DiaChi", a.applicant().address());
        d.put("NgayTiepNhan", PortalDates.format(a.receivedAt()));
        d.put("NgayHenTra", PortalDates.format(a.appointmentAt()));
        d.put("TrangThaiHoSo", CaseState.RECEIVED.nationalStatusCode());
        d.putNull("NgayTra");
        d.put("HinhThuc", a.nationalChannelCode());
        d.put("DonViXuLy", unitId);
        d.put("ThoiHanGiaiQuyet", a.timeLimitAmount());
        d.put("DonViThoiHan", a.timeLimitUnit());
        ArrayNode components = d.putArray("TaiLieuNop");
        for (DossierAccepted.ReceivedComponent c : a.components() == null ? List.<DossierAccepted.ReceivedComponent>of() : a.components()) {
            components.add(component(c));
        }
        ArrayNode fees = d.putArray("DanhSachLePhi");
        for (DossierAccepted.Fee f : a.fees() == null ? List.<DossierAccepted.Fee>of() : a.fees()) {
            ObjectNode fee = fees.addObject();
            fee.put("TenPhiLePhi", f.name());
            fee.put("MucPhi", f.amountVnd());
        }
        d.putArray("DanhSachHoSoBoSung");
        d.putArray("DanhSachGiayToKetQua");
        return d;
    }

    /**
     * CapNhatTienDoHoSoMC for a transition of the case.
     *
     * @param processingUnit the unit holding the case after it (the co-processing agency's while transferred)
     */
    public ObjectNode status(CaseStatusChanged e, String processingUnit) {
        CaseStatusChanged.Transition t = e.transition();
        ObjectNode d = progress(e.dossierCode(), t.toState().nationalStatusCode(), t.at(), processingUnit);
        d.put("NgayHenTra", PortalDates.format(e.deadline().dueAt()));
        d.put("NgayTra", t.toState() == CaseState.RETURNED ? PortalDates.format(t.at()) : null);
        d.put("HanhDong", t.action());
        d.put("NoiDungXuLy", t.comment());
        d.put("NguoiXuLy", t.actor());
        d.put("TamDungThoiHan", e.deadline().paused());
        ArrayNode supplements = d.putArray("DanhSachHoSoBoSung");
        if (t.toState() == CaseState.SUPPLEMENT_REQUESTED) {
            ObjectNode s = supplements.addObject();
            s.put("LoaiBoSung", "YEU_CAU");
            s.put("NgayYeuCau", PortalDates.format(t.at()));
            s.put("NoiDungYeuCau", t.comment());
        }
        ArrayNode results = d.putArray("DanhSachGiayToKetQua");
        for (CaseStatusChanged.ResultRef r : e.results() == null ? List.<CaseStatusChanged.ResultRef>of() : e.results()) {
            ObjectNode n = results.addObject();
            n.put("TenGiayTo", r.fileName());
            n.put("MaHash", r.sha256());
            n.put("NguoiKy", r.signerName());
            n.put("NgayKy", PortalDates.format(r.signedAt()));
        }
        return d;
    }

    /** CapNhatTienDoHoSoMC for what the applicant brought (status stays 5 until processing resumes). */
    public ObjectNode supplementReceived(DossierSupplemented s, String processingUnit) {
        ObjectNode d = progress(s.dossierCode(), CaseState.SUPPLEMENT_REQUESTED.nationalStatusCode(), s.at(), processingUnit);
        d.put("HanhDong", "NHAN_BO_SUNG");
        d.put("NoiDungXuLy", s.note());
        ObjectNode received = d.putArray("DanhSachHoSoBoSung").addObject();
        received.put("LoaiBoSung", "DA_BO_SUNG");
        received.put("NgayBoSung", PortalDates.format(s.at()));
        ArrayNode components = received.putArray("TaiLieu");
        for (DossierAccepted.ReceivedComponent c : s.components() == null ? List.<DossierAccepted.ReceivedComponent>of() : s.components()) {
            components.add(component(c));
        }
        d.putArray("DanhSachGiayToKetQua");
        return d;
    }

    /** DongBoDanhGia. */
    public ObjectNode rating(DossierRated r) {
        ObjectNode d = json.createObjectNode();
        d.put("MaHoSo", r.dossierCode());
        d.put("MucDoHaiLong", SyncRule.ratingCode(r.rating()));
        d.put("NoiDung", r.comment());
        d.put("NgayDanhGia", PortalDates.format(r.at()));
        return d;
    }

    /** A repair: the status the province holds now, again. */
    public ObjectNode resync(String dossierCode, int status, java.time.OffsetDateTime at, java.time.OffsetDateTime dueAt,
                             String processingUnit) {
        ObjectNode d = progress(dossierCode, status, at, processingUnit);
        d.put("NgayHenTra", PortalDates.format(dueAt));
        d.put("NgayTra", status == CaseState.RETURNED.nationalStatusCode() ? PortalDates.format(at) : null);
        d.put("HanhDong", "DOI_SOAT");
        d.put("NoiDungXuLy", "Đồng bộ lại sau đối soát");
        d.putArray("DanhSachHoSoBoSung");
        d.putArray("DanhSachGiayToKetQua");
        return d;
    }

    private ObjectNode progress(String code, int status, java.time.OffsetDateTime at, String unit) {
        ObjectNode d = json.createObjectNode();
        d.put("MaHoSo", code);
        d.put("TrangThaiHoSo", status);
        d.put("NgayXuLy", PortalDates.format(at));
        d.put("DonViXuLy", unit);
        return d;
    }

    private ObjectNode component(DossierAccepted.ReceivedComponent c) {
        ObjectNode n = json.createObjectNode();
        n.put("MaGiayTo", c.code());
        n.put("TenGiayTo", c.name());
        n.put("HinhThucNop", c.form());
        n.put("SoLuong", c.quantity());
        n.put("TepDinhKem", c.fileName());
        n.put("MaHash", c.sha256());
        n.put("TaiSuDung", c.reused());
        return n;
    }
}
