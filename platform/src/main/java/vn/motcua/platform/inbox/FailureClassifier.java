package vn.motcua.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import javax.sql.DataSource;

/**
 * Tells a failure the world caused (database or broker unreachable, lock or serialisation conflict: wait and try
 * again, however long it takes) from one the record caused (bad data, unknown reference, a handler bug for that
 * record: give up after a few attempts and dead-letter it).
 *
 * <p>What the exception says decides first (SQLState classes 08 connection, 53 resources, 57P shutdown, 58 system,
 * serialisation and deadlock, lock not available; the connection pool's acquisition timeout, which Agroal raises as a
 * plain SQLException with no state: a pool that gave no connection in time is load, never the record, and asking
 * the database a moment later may well succeed). An exception that says nothing clear (a wrapped driver error) is
 * judged by asking the database directly: if it answers, the failure was the record's.
 */
@ApplicationScoped
public class FailureClassifier {

    public enum Kind { TRANSIENT, DETERMINISTIC }

    private final DataSource dataSource;

    public FailureClassifier(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Kind classify(Throwable failure) {
        Kind said = fromException(failure);
        if (said != null) {
            return said;
        }
        return databaseAnswers() ? Kind.DETERMINISTIC : Kind.TRANSIENT;
    }

    /** What the exception chain says by itself; null when it says nothing clear. */
    static Kind fromException(Throwable failure) {
        for (Throwable c = failure; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof IllegalArgumentException) {
                return Kind.DETERMINISTIC;
            }
            if (c instanceof SQLTransientException || c instanceof SQLRecoverableException
                    || c instanceof ConnectException || c instanceof SocketTimeoutException
                    || c instanceof jakarta.persistence.LockTimeoutException
                    || c instanceof jakarta.persistence.PessimisticLockException
                    || c instanceof jakarta.persistence.QueryTimeoutException
                    || c instanceof org.apache.kafka.common.errors.RetriableException) {
                return Kind.TRANSIENT;
            }
            if (c instanceof SQLException sql && sql.getSQLState() == null && sql.getMessage() != null
                    && sql.getMessage().startsWith("Acquisition timeout")) {
                return Kind.TRANSIENT;
            }
            if (c instanceof SQLException sql && sql.getSQLState() != null) {
                String s = sql.getSQLState();
                if (s.startsWith("08") || s.startsWith("53") || s.startsWith("57P") || s.startsWith("58")
                        || s.equals("40001") || s.equals("40P01") || s.equals("55P03") || s.equals("57014")) {
                    return Kind.TRANSIENT;
                }
                return Kind.DETERMINISTIC; // constraint, data, syntax: the same record fails the same way again
            }
        }
        return null;
    }

    boolean databaseAnswers() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(2);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }
}
