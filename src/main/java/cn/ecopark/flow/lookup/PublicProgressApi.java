package cn.ecopark.flow.lookup;

import cn.ecopark.flow.casefile.CaseFile;
import cn.ecopark.flow.casefile.CaseFiles;
import cn.ecopark.flow.engine.InvalidInput;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /public/api/progress} with {@code {"caseNo": "...", "code": "..."}}: the applicant's progress,
 * without login (the page is /public/progress.html). A wrong code and an unknown number get the same answer
 * (404, same text, same time); after too many wrong tries the number or the client is locked (429).
 */
@RestController
class PublicProgressApi {

    static final String NOT_FOUND = "申报编号或查询码不正确，请核对后重试";

    private final CaseFiles caseFiles;
    private final LookupCodes codes;
    private final AttemptLimiter limiter;
    private final ApplicantProgressBuilder progress;

    PublicProgressApi(CaseFiles caseFiles, LookupCodes codes, AttemptLimiter limiter, ApplicantProgressBuilder progress) {
        this.caseFiles = caseFiles;
        this.codes = codes;
        this.limiter = limiter;
        this.progress = progress;
    }

    @PostMapping("/public/api/progress")
    ResponseEntity<?> lookup(@RequestBody Map<String, Object> body, HttpServletRequest request) {
        String caseNo = text(body, "caseNo", "申报编号", 30).toUpperCase(Locale.ROOT);
        String code = text(body, "code", "查询码", 20);
        String client = request.getRemoteAddr();
        if (limiter.locked(caseNo, client)) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).body(Map.of("status", 429,
                    "message", "查询失败次数过多，请" + AttemptLimiter.LOCK.toMinutes() + "分钟后再试"));
        }
        Optional<CaseFile> file = codes.matches(caseNo, code) ? caseFiles.byCaseNo(caseNo) : Optional.empty();
        if (file.isEmpty()) {
            limiter.failed(caseNo, client);
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("status", 404, "message", NOT_FOUND));
        }
        limiter.succeeded(caseNo);
        return ResponseEntity.ok()
                .header("Cache-Control", "no-store")
                .body(progress.build(file.get()));
    }

    private static String text(Map<String, Object> body, String key, String label, int max) {
        Object value = body.get(key);
        if (value == null || value.toString().isBlank()) {
            throw new InvalidInput(key + "：请填写" + label);
        }
        String text = value.toString().strip();
        if (text.length() > max) {
            throw new InvalidInput(key + "：" + label + "不能超过" + max + "个字符");
        }
        return text;
    }
}
