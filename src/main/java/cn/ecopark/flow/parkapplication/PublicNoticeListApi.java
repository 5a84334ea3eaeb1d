package cn.ecopark.flow.parkapplication;

import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.agency.City;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /public/api/notices}, without login (the page is /public/notices.html): the parks in 公示 now, with the
 * period and how to object. Only what a public notice publishes: the park, its city and type, the period and its
 * source (待确认 until an administrator records it); never the applicant, opinions or documents.
 */
@RestController
class PublicNoticeListApi {

    /** How to object, as far as the system knows it; the channel itself is ecology's to publish. */
    static final String HOW_TO_OBJECT = "公示期内，任何单位和个人可向山东省生态环境厅书面提出异议，写明异议的事实、理由和联系方式；"
            + "省生态环境厅登记每一件异议并逐件答复。受理异议的具体方式以省生态环境厅公布的为准（待确认）。";

    private final ParkApplicationRepository applications;
    private final ParkApplicationProperties properties;

    PublicNoticeListApi(ParkApplicationRepository applications, ParkApplicationProperties properties) {
        this.applications = applications;
        this.properties = properties;
    }

    record Notice(String parkName, String cityName, String parkTypeName, LocalDateTime startsAt, LocalDateTime endsAt) {
    }

    @GetMapping("/public/api/notices")
    ResponseEntity<Map<String, Object>> notices() {
        List<ParkApplication> open = new ArrayList<>(applications.findByStatus(ApplicationStatus.PUBLIC_NOTICE));
        open.addAll(applications.findByStatus(ApplicationStatus.OBJECTION_REVIEW));
        List<Notice> notices = open.stream().filter(a -> a.getNoticeEndsAt() != null)
                .sorted(Comparator.comparing(ParkApplication::getNoticeEndsAt))
                .map(a -> new Notice(a.getParkName(), City.byCode(a.getCity()).map(City::chineseName).orElse(a.getCity()),
                        a.getParkType().chineseName(), local(a.getNoticeEndsAt().minus(properties.publicNoticePeriod())),
                        local(a.getNoticeEndsAt())))
                .toList();
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(Map.of(
                "notices", notices,
                "periodText", "公示期 " + properties.publicNoticePeriod().toDays() + " 天（来源：" + properties.publicNoticePeriodSource() + "）",
                "howToObject", HOW_TO_OBJECT));
    }

    private static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, AppClock.ZONE);
    }
}
