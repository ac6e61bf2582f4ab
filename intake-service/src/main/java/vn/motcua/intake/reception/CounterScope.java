package vn.motcua.intake.reception;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.security.Caller;

/**
 * Which agencies' dossiers a one-stop officer may receive at the counter or on a home visit (tiếp nhận hồ sơ tại Bộ
 * phận Một cửa): those of their own agency, and those their counter is configured to receive for
 * ({@link ReceptionConfig#receivesFor()}). Citizens and post offices are not bound by it: a citizen submits for any
 * procedure online, and the public postal service carries dossiers for every agency.
 */
@ApplicationScoped
public class CounterScope {

    private final ReceptionConfig config;
    private final Caller caller;

    public CounterScope(ReceptionConfig config, Caller caller) {
        this.config = config;
        this.caller = caller;
    }

    /** Whether an officer of {@code officerAgency} receives dossiers of {@code procedureAgency}. */
    public boolean receivesFor(String officerAgency, String procedureAgency) {
        if (officerAgency.equals(procedureAgency)) {
            return true;
        }
        List<String> served = config.receivesFor().getOrDefault(officerAgency, List.of());
        return served.contains("*") || served.contains(procedureAgency);
    }

    /** Refuses (403) a counter officer receiving a dossier of {@code procedureAgency} that is not theirs to receive. */
    public void requireReceivesFor(String procedureAgency) {
        String own = caller.agency().orElseThrow(() -> ProblemException.forbidden(
                "Tài khoản cán bộ một cửa không gắn với cơ quan nào", "Your officer account belongs to no agency"));
        if (!receivesFor(own, procedureAgency)) {
            throw new ProblemException(403, "not-your-agency", "Không có quyền", "Forbidden",
                    "Bộ phận Một cửa của " + own + " không tiếp nhận hồ sơ của " + procedureAgency
                            + "; hướng dẫn công dân nộp tại cơ quan có thẩm quyền hoặc trực tuyến",
                    "The one-stop desk of " + own + " does not receive dossiers of " + procedureAgency
                            + "; direct the citizen to that agency or to the online portal", List.of());
        }
    }
}
