package vn.motcua.portalsync.mapping;

/** The portal's sync operations this service calls, by the names the portal's provincial integrations use. */
public enum PortalOperation {
    /** A new dossier, whole (đồng bộ hồ sơ một cửa). */
    DOSSIER("DongBoHoSoMC"),
    /** A step of its progress: status, dates, processing unit, supplements, results (cập nhật tiến độ). */
    PROGRESS("CapNhatTienDoHoSoMC"),
    /** The applicant's rating (đồng bộ đánh giá). */
    RATING("DongBoDanhGia"),
    /** Look a dossier up as the portal holds it (tra cứu hồ sơ). */
    LOOK_UP("TraCuuHoSo");

    private final String portalName;

    PortalOperation(String portalName) {
        this.portalName = portalName;
    }

    public String portalName() {
        return portalName;
    }
}
