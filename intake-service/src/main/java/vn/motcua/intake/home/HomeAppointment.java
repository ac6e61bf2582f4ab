package vn.motcua.intake.home;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A booked home visit (hẹn hướng dẫn tại nhà): BOOKED → RECEIVED (a dossier) or CANCELLED. */
@Entity
@Table(name = "home_appointment")
public class HomeAppointment extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "procedure_code")
    public String procedureCode;
    @Column(name = "agency_code")
    public String agencyCode;
    @Column(name = "booked_by")
    public String bookedBy;
    @Column(name = "full_name")
    public String fullName;
    public String phone;
    public String address;
    public String note;
    @Column(name = "slot_start")
    public OffsetDateTime slotStart;
    @Column(name = "slot_end")
    public OffsetDateTime slotEnd;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Status status;
    @Column(name = "dossier_code")
    public String dossierCode;
    @Column(name = "received_by")
    public String receivedBy;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** Where a booked home visit stands: booked, cancelled by the applicant, or received as a dossier. */
    public enum Status { BOOKED, CANCELLED, RECEIVED }
}
