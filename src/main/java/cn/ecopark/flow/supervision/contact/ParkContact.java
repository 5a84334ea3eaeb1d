package cn.ecopark.flow.supervision.contact;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

import java.time.LocalDate;

/** The account that answers for a named park: the one that applied for it. It files the park's self-checks. */
class ParkContact {

    @Id
    private Long parkId;
    private String userId;
    private LocalDate namedOn;
    private String caseNo;
    @Version
    private Integer version;

    protected ParkContact() {
    }

    static ParkContact of(Long parkId, String userId, LocalDate namedOn, String caseNo) {
        ParkContact contact = new ParkContact();
        contact.parkId = parkId;
        contact.update(userId, namedOn, caseNo);
        return contact;
    }

    void update(String userId, LocalDate namedOn, String caseNo) {
        this.userId = userId;
        this.namedOn = namedOn;
        this.caseNo = caseNo;
    }

    Long getParkId() {
        return parkId;
    }

    String getUserId() {
        return userId;
    }
}
