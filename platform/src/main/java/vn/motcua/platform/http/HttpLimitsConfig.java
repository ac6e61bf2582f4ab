package vn.motcua.platform.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of a request that are answered before any resource runs (see {@link HttpLimitProblems}). */
@ConfigMapping(prefix = "motcua.http")
public interface HttpLimitsConfig {

    /**
     * The longest request target (path and query) answered 414 problem+json. It must stay below
     * {@code quarkus.http.limits.max-initial-line-length}: a longer line is cut off by the HTTP codec itself, whose 414
     * has no body and cannot be given one (quarkusio/quarkus#55082).
     */
    @WithDefault("8192")
    int maxUriLength();

    /**
     * The largest JSON request body (256 KB), answered 413 problem+json before it is read: JSON requests are small
     * forms, files go through the streaming upload endpoints with their own limit.
     */
    @WithDefault("262144")
    long maxJsonBytes();
}
