package vn.motcua.platform.events.contract;

import jakarta.annotation.Nullable;
import java.util.List;

/**
 * An agency (cơ quan) as the agency directory of intake-service publishes it: what every other service needs to
 * work for that agency without asking anyone — its office hours for deadlines and its letterhead for letters.
 *
 * <p>Data of {@code vn.motcua.intake.agency.published.v1} on the compacted topic {@code motcua.intake.agencies}
 * (key = agency code, the newest version wins), and carried whole in every {@link DossierAccepted}, so a consumer
 * that has not heard of an agency yet learns it from the dossier itself instead of blocking its partition.
 *
 * @param version     grows by one on every change; a copy keeps the highest version it has seen
 * @param officeHours office sessions, e.g. {@code ["07:00-11:30", "13:30-17:00"]} (giờ làm việc)
 * @param postalPoints for a post office: the codes of the commune points (điểm bưu điện - văn hóa xã) under it
 */
public record AgencyProfile(
        String code,
        long version,
        String name,
        AgencyLevel level,
        AgencyKind kind,
        @Nullable String parentCode,
        @Nullable String exchangeId,
        @Nullable String placeName,
        List<String> officeHours,
        Letterhead letterhead,
        @Nullable List<String> postalPoints,
        boolean active) {

    /** Level of government (cấp tỉnh, huyện, xã). */
    public enum AgencyLevel { PROVINCE, DISTRICT, COMMUNE }

    /** Kind of body: a department (sở), a People's Committee (UBND) or a post office (bưu điện). */
    public enum AgencyKind { DEPARTMENT, PEOPLES_COMMITTEE, POST_OFFICE }

    /**
     * The agency side of an official letter's header (the national motto is in the template).
     *
     * @param governingBody the body above, as printed in the header (e.g. {@code UBND TỈNH HÀ NAM}); empty for the top
     * @param printedName   the agency's name in capitals as printed (e.g. {@code SỞ KHOA HỌC VÀ CÔNG NGHỆ})
     * @param displayName   the name in running text
     * @param place         the place name of the date line (địa danh), e.g. {@code Hà Nam}
     * @param headTitle     the head's title in the signature block (e.g. {@code GIÁM ĐỐC}, {@code CHỦ TỊCH})
     * @param symbol        the agency part of document numbers (e.g. {@code SKHCN})
     */
    public record Letterhead(@Nullable String governingBody, String printedName, String displayName, String place,
                             String headTitle, String symbol) {
    }
}
