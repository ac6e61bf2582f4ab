package vn.motcua.platform.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import io.quarkus.arc.DefaultBean;
import java.time.Clock;

/** The clock every service reads time from; tests may replace it. */
@ApplicationScoped
public class TimeProducer {

    @Produces
    @DefaultBean
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }
}
