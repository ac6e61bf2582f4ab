package vn.motcua.platform.events.contract;

/** How a dossier reached the administration (kênh tiếp nhận), with the national portal's channel code. */
public enum Channel {
    /** At the one-stop counter (trực tiếp). */
    COUNTER(1),
    /** Online on the portal (trực tuyến). */
    ONLINE(2),
    /** Through the public postal service (dịch vụ bưu chính công ích). */
    POSTAL(3),
    /** Booked guidance at home; received as a counter dossier by the visiting staff. */
    HOME_APPOINTMENT(1);

    private final int nationalCode;

    Channel(int nationalCode) {
        this.nationalCode = nationalCode;
    }

    public int nationalCode() {
        return nationalCode;
    }
}
