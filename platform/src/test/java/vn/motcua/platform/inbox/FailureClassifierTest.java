package vn.motcua.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.inbox.FailureClassifier.Kind;

/** What the exception chain says decides; an exception that says nothing is left to the database probe. */
class FailureClassifierTest {

    static RuntimeException wrapped(Throwable cause) {
        return new RuntimeException("handler failed", new IllegalStateException("jdbc", cause));
    }

    @Test
    void connectionResourceAndShutdownStatesAreTransient() {
        for (String state : new String[] {"08006", "08001", "53300", "57P01", "57P03", "40001", "40P01", "55P03"}) {
            assertThat(FailureClassifier.fromException(wrapped(new SQLException("x", state)))).as(state).isEqualTo(Kind.TRANSIENT);
        }
        assertThat(FailureClassifier.fromException(wrapped(new java.net.ConnectException("refused")))).isEqualTo(Kind.TRANSIENT);
        assertThat(FailureClassifier.fromException(new jakarta.persistence.LockTimeoutException("lock"))).isEqualTo(Kind.TRANSIENT);
        // the pool gave no connection in time (Agroal: no SQLState): load, even if the database answers a moment later
        assertThat(FailureClassifier.fromException(wrapped(new SQLException("Acquisition timeout while waiting for new connection"))))
                .isEqualTo(Kind.TRANSIENT);
    }

    @Test
    void dataAndConstraintStatesAndBadArgumentsAreTheRecords() {
        // 22021: a NUL character in text; 23505: unique violation; P0001: raised by a trigger or function
        for (String state : new String[] {"22021", "23505", "22001", "P0001", "42703"}) {
            assertThat(FailureClassifier.fromException(wrapped(new SQLException("x", state)))).as(state).isEqualTo(Kind.DETERMINISTIC);
        }
        assertThat(FailureClassifier.fromException(new IllegalArgumentException("unknown agency"))).isEqualTo(Kind.DETERMINISTIC);
    }

    @Test
    void anExceptionThatSaysNothingIsLeftToTheProbe() {
        assertThat(FailureClassifier.fromException(new SQLException("driver said nothing"))).isNull();
        assertThat(FailureClassifier.fromException(new NullPointerException())).isNull();
    }
}
