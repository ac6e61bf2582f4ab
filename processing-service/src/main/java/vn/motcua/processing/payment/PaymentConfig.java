package vn.motcua.processing.payment;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Online payment of fees and charges (thanh toán trực tuyến phí, lệ phí): {@code motcua.payment.*}. */
@ConfigMapping(prefix = "motcua.payment")
public interface PaymentConfig {

    Gateway gateway();

    /**
     * The address of this service's callback as the gateway must call it (server to server), e.g.
     * {@code https://motcua.example.gov.vn/api/v1/payments/callback}.
     */
    String callbackUrl();

    /** Where the gateway sends the payer back after paying ({@code ?orderId=&status=} added). */
    String returnUrl();

    /** Calendar days the applicant has to pay from the request (a bill past it expires and may be requested again). */
    @WithDefault("15")
    int dueDays();

    Reconcile reconcile();

    /** The gateway's coordinates and the province's credentials there: secrets from the environment, never the repo. */
    interface Gateway {
        String url();

        /** The province's merchant code at the gateway (mã đơn vị). */
        String merchantCode();

        /** The shared secret that signs requests (and reports, with HMAC). */
        String secretKey();

        /** How the gateway signs its reports. */
        @WithDefault("HMAC_SHA256")
        SignatureScheme signature();

        /** The gateway's public key (X.509, Base64) when it signs with RSA. */
        Optional<String> publicKey();

        @WithDefault("3s")
        Duration connectTimeout();

        @WithDefault("10s")
        Duration requestTimeout();
    }

    interface Reconcile {
        /** How often the job looks for lost callbacks (one public provincial system: every 15 minutes and daily). */
        @WithDefault("15m")
        String interval();

        /** A checkout still pending this long is asked about (its callback may be lost). */
        @WithDefault("10m")
        Duration pendingAfter();
    }

    /** The signature schemes of payment platforms' reports. */
    enum SignatureScheme { HMAC_SHA256, RSA_SHA256 }
}
