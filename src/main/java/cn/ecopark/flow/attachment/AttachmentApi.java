package cn.ecopark.flow.attachment;

import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.casefile.CaseFile;
import cn.ecopark.flow.casefile.CaseFiles;
import cn.ecopark.flow.web.ApiExceptionHandler;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The applicant's documents, stored with the case (table case_attachment):
 * <ul>
 *   <li>{@code POST /api/cases/{caseNo}/attachments} (multipart field {@code file}): the applicant of an open case
 *       uploads a PDF, PNG or JPEG of at most 10 MB; 201, or 400/413/415 naming the field {@code file}.</li>
 *   <li>{@code GET /api/cases/{caseNo}/attachments}: the list, for whoever may read the case.</li>
 *   <li>{@code GET /api/attachments/{id}}: the document itself, same rule.</li>
 * </ul>
 */
@RestController
class AttachmentApi {

    static final long MAX_BYTES = 10L * 1024 * 1024;
    static final int MAX_PER_CASE = 30;

    private final CaseFiles caseFiles;
    private final AttachmentStore store;
    private final IdentityService identityService;

    AttachmentApi(CaseFiles caseFiles, AttachmentStore store, IdentityService identityService) {
        this.caseFiles = caseFiles;
        this.store = store;
        this.identityService = identityService;
    }

    @PostMapping(path = "/api/cases/{caseNo}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Attachment> upload(@PathVariable String caseNo, @RequestParam(name = "file", required = false) MultipartFile file) {
        Authentication caller = identityService.getCurrentAuthentication();
        CaseFile caseFile = caseFiles.readable(caller, caseNo);
        if (!caller.getUserId().equals(caseFile.applicant())) {
            throw new AuthorizationException("只有申报单位可以上传申报材料");
        }
        if (caseFile.closed()) {
            throw new ApiExceptionHandler.Conflict("案卷 " + caseNo + " 已办结，不能再上传材料");
        }
        if (file == null || file.isEmpty()) {
            throw new BadDocument(HttpStatus.BAD_REQUEST, "file：请选择要上传的文件（PDF、PNG 或 JPEG）");
        }
        if (file.getSize() > MAX_BYTES) {
            throw new BadDocument(HttpStatus.PAYLOAD_TOO_LARGE, "file：文件“" + file.getOriginalFilename()
                    + "”超过 10 MB，请压缩或拆分后上传");
        }
        if (store.countOfCase(caseFile.caseNo()) >= MAX_PER_CASE) {
            throw new ApiExceptionHandler.Conflict("file：每个案卷最多上传 " + MAX_PER_CASE + " 份材料");
        }
        String name = fileName(file.getOriginalFilename());
        byte[] content = bytes(file);
        DocumentType type = DocumentType.detect(content).orElseThrow(() -> new BadDocument(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "file：“" + name + "”不是 PDF、PNG 或 JPEG 文件（按文件内容判断），请转换后上传"));
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        if (!type.hasExtension(extension)) {
            throw new BadDocument(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "file：“" + name + "”的内容是" + type.chineseName()
                    + "，与扩展名“." + extension + "”不符");
        }
        Attachment saved = store.save(caseFile.caseType(), caseFile.caseNo(), name, type.contentType(), content, sha256(content),
                caller.getUserId(), AppClock.now());
        return ResponseEntity.created(URI.create("/api/attachments/" + saved.id())).body(saved);
    }

    @GetMapping("/api/cases/{caseNo}/attachments")
    List<Attachment> list(@PathVariable String caseNo) {
        CaseFile caseFile = caseFiles.readable(identityService.getCurrentAuthentication(), caseNo);
        return store.ofCase(caseFile.caseNo());
    }

    @GetMapping("/api/attachments/{id}")
    ResponseEntity<byte[]> download(@PathVariable long id) {
        Attachment attachment = store.byId(id).orElseThrow(() -> new ApiExceptionHandler.NotFound("没有编号为 " + id + " 的材料"));
        // Reading the case is the permission: unknown and forbidden give the same 404.
        CaseFile caseFile = caseFiles.byCaseNo(attachment.caseNo())
                .filter(f -> caseFiles.mayRead(identityService.getCurrentAuthentication(), f))
                .orElseThrow(() -> new ApiExceptionHandler.NotFound("没有编号为 " + id + " 的材料"));
        DocumentType type = DocumentType.byContentType(attachment.contentType()).orElseThrow();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(attachment.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .header("X-Case-No", caseFile.caseNo())
                .body(store.content(id));
    }

    /** The name without any folder part or control characters, at most 200 characters. */
    static String fileName(String original) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            throw new BadDocument(HttpStatus.BAD_REQUEST, "file：文件没有名称");
        }
        if (name.length() > 200) {
            throw new BadDocument(HttpStatus.BAD_REQUEST, "file：文件名不能超过200个字符");
        }
        return name;
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A document we do not take, with the status that says why. */
    static class BadDocument extends ApiExceptionHandler.Rejected {
        BadDocument(HttpStatus status, String message) {
            super(status, message);
        }
    }
}
