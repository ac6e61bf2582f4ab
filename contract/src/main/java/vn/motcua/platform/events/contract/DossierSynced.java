package vn.motcua.platform.events.contract;

import java.time.OffsetDateTime;

/**
 * Data of {@code vn.motcua.portal-sync.dossier.synced.v1}: the National Public Service Portal acknowledged the dossier
 * itself (its first change, {@code DongBoHoSoMC}); published once per dossier, whatever the number of replicas, so
 * that dashboards count the dossiers synced to the portal (the transparency indicator).
 *
 * @param unitId         the processing unit's identifier on the portal (MaDinhDanhDV)
 * @param acknowledgedAt when the portal's acknowledgement was recorded
 */
public record DossierSynced(String dossierCode, String unitId, OffsetDateTime acknowledgedAt) {
}
