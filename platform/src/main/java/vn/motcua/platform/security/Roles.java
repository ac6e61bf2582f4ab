package vn.motcua.platform.security;

/** Realm roles of the {@code motcua} Keycloak realm. */
public final class Roles {
    public static final String CITIZEN = "citizen";
    public static final String POSTAL_STAFF = "postal-staff";
    public static final String COUNTER_OFFICER = "counter-officer";
    public static final String SPECIALIST = "specialist";
    public static final String LEADER = "leader";
    public static final String ADMIN = "admin";
    public static final String DASHBOARD = "dashboard";

    private Roles() {
    }
}
