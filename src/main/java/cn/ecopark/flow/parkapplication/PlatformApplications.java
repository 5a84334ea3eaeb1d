package cn.ecopark.flow.parkapplication;

import cn.ecopark.flow.engine.InvalidInput;
import cn.ecopark.flow.outbound.PlatformReference;
import cn.ecopark.flow.web.ApiExceptionHandler;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Applications that arrive through the provincial service platform (一网通办) carry the platform's own id
 * ({@code platformApplicationId}). The platform retries when it does not hear back, so the same id with the
 * same body answers with the case already made (200), never a second case; the same id with another body (or
 * from another applicant) is a conflict (409). A fingerprint of the submitted fields tells the two apart.
 */
@Component
class PlatformApplications implements PlatformReference {

    static final String ID = "platformApplicationId";
    private static final Pattern ID_FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

    private final ParkApplicationRepository applications;

    PlatformApplications(ParkApplicationRepository applications) {
        this.applications = applications;
    }

    /** The answer to a repeated submission, or empty when the platform id is new (or absent). */
    Optional<ResponseEntity<Map<String, Object>>> earlierAnswer(Map<String, Object> form, String applicant) {
        String id = idOf(form);
        if (id == null) {
            return Optional.empty();
        }
        return applications.findByPlatformApplicationId(id).map(application -> {
            if (!fingerprint(form, applicant).equals(application.getPlatformRequestHash())) {
                throw new ApiExceptionHandler.Conflict(ID + "：一网通办申请编号 " + id + " 已用于另一份内容不同的申请，不能重复使用");
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("applicationNo", application.getApplicationNo());
            body.put("status", application.getStatus().name());
            body.put("statusName", application.getStatus().chineseName());
            body.put(ID, id);
            if (application.getStatus() == ApplicationStatus.INELIGIBLE) {
                body.put("field", "parkName");
                body.put("message", application.getIneligibleReason());
                return ResponseEntity.unprocessableEntity().body(body);
            }
            return ResponseEntity.status(HttpStatus.OK).header("Cache-Control", "no-store").body(body);
        });
    }

    /**
     * Keeps the platform id on the application just filed, in the submission's transaction. The id is not a
     * process variable: a start carries only the start form's fields. Two concurrent submissions with one id:
     * the second loses on the unique index and is told to retry, which then answers with the first one's case.
     */
    ParkApplication record(ParkApplication application, Map<String, Object> form, String applicant) {
        String id = idOf(form);
        if (id == null) {
            return application;
        }
        application.cameFromPlatform(id, fingerprint(form, applicant));
        try {
            return applications.save(application);
        } catch (DataIntegrityViolationException e) {
            throw new ApiExceptionHandler.Conflict(ID + "：一网通办申请编号 " + id + " 正由另一请求同时提交；请稍后重试，重试将得到已登记的案件");
        }
    }

    @Override
    public Optional<String> platformApplicationId(String caseType, String caseNo) {
        if (!ApplicationDecisions.PROCESS_KEY.equals(caseType)) {
            return Optional.empty();
        }
        return applications.findPlatformApplicationIdByApplicationNo(caseNo);
    }

    private static String idOf(Map<String, Object> form) {
        Object value = form.get(ID);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        String id = value.toString().strip();
        if (!ID_FORMAT.matcher(id).matches()) {
            throw new InvalidInput(ID + "：一网通办申请编号只能由字母、数字和 . _ : - 组成，最长64位");
        }
        return id;
    }

    private static String fingerprint(Map<String, Object> form, String applicant) {
        StringBuilder canonical = new StringBuilder(applicant).append('\n');
        for (String field : ApplicationForm.FIELDS) {
            Object value = form.get(field);
            canonical.append(field).append('=').append(value == null ? "" : value.toString().strip()).append('\n');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
