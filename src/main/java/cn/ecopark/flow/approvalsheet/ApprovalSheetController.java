package cn.ecopark.flow.approvalsheet;

import cn.ecopark.flow.casefile.CaseFile;
import cn.ecopark.flow.casefile.CaseFiles;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The approval sheet of any case, for whoever may read the case (its applicant, the agencies that worked
 * on it, managers, administrators): {@code /staff/cases/{caseNo}/approval-sheet} (HTML to print) and
 * {@code .../approval-sheet.pdf}. Behind the Cockpit/Tasklist login or HTTP Basic.
 */
@RestController
class ApprovalSheetController {

    private final CaseFiles caseFiles;
    private final ApprovalSheets sheets;
    private final ApprovalSheetPdf pdf;
    private final IdentityService identityService;

    ApprovalSheetController(CaseFiles caseFiles, ApprovalSheets sheets, ApprovalSheetPdf pdf, IdentityService identityService) {
        this.caseFiles = caseFiles;
        this.sheets = sheets;
        this.pdf = pdf;
        this.identityService = identityService;
    }

    @GetMapping("/staff/cases/{caseNo}/approval-sheet")
    ResponseEntity<String> page(@PathVariable String caseNo) {
        CaseFile file = caseFiles.readable(identityService.getCurrentAuthentication(), caseNo);
        String html = ApprovalSheetHtml.render(sheets.of(file), "approval-sheet.pdf");
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header("Cache-Control", "private, no-store").body(html);
    }

    @GetMapping("/staff/cases/{caseNo}/approval-sheet.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String caseNo) {
        CaseFile file = caseFiles.readable(identityService.getCurrentAuthentication(), caseNo);
        byte[] document = pdf.render(ApprovalSheetHtml.render(sheets.of(file), null));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("审批单-" + file.caseNo() + ".pdf", StandardCharsets.UTF_8).build().toString())
                .header("Cache-Control", "private, no-store").body(document);
    }

    @ExceptionHandler(ApprovalSheetPdf.FontMissing.class)
    ResponseEntity<Map<String, Object>> fontMissing(ApprovalSheetPdf.FontMissing e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("status", 503, "message", e.getMessage()));
    }
}
