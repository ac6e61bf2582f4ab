package vn.motcua.portalsync.portal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import vn.motcua.portalsync.mapping.PortalOperation;

/**
 * The national portal as this service uses it (cổng dịch vụ công quốc gia). The real transport is
 * {@link HttpPortalClient}; the simulated portal of the tests and of {@code ./motcua run} is a real HTTP server behind
 * the same implementation, so nothing here is faked.
 */
public interface PortalClient {

    /**
     * Sends one change.
     *
     * @param unitId         the unit's document-exchange identifier (MaDinhDanhDV)
     * @param idempotencyKey the same key for every attempt of the same change
     */
    Delivery send(PortalOperation operation, String unitId, String idempotencyKey, JsonNode data);

    /**
     * The dossier as the portal holds it (TraCuuHoSo); empty when it does not know it.
     *
     * @throws PortalUnavailableException when the portal cannot be asked now
     */
    Optional<PortalDossier> lookUp(String unitId, String dossierCode);

    /** What became of a call. */
    sealed interface Delivery {
        /** The portal stored it (or had already: same key). */
        record Acknowledged(String message) implements Delivery {
        }

        /** The portal refuses this payload: sending it again will not help. */
        record Rejected(int httpStatus, String message) implements Delivery {
        }

        /** Not answered now (down, time-out, overloaded, log-in failing): try again later. */
        record Unavailable(Integer httpStatus, String reason) implements Delivery {
        }
    }
}
