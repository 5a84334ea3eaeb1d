package cn.ecopark.flow.approvalsheet;

import cn.ecopark.flow.support.EcoparkSpringTest;
import cn.ecopark.flow.support.Http;
import cn.ecopark.flow.support.ParkCases;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The approval sheet: every decision with signer and date, printable, and as a PDF with the Chinese font inside. */
@EcoparkSpringTest
class ApprovalSheetTests {

    @LocalServerPort
    int port;
    @Autowired
    ParkCases cases;
    @Autowired
    ApprovalSheetPdf pdf;
    Http http;
    ParkCases.Submitted submitted;

    @BeforeEach
    void aCaseThroughJointReview() {
        http = new Http(port);
        submitted = cases.submit(http);
        cases.cityPasses(submitted.caseNo());
        cases.jointReviewAgrees(submitted.caseNo(), "《管理办法》");
    }

    @Test
    void thePageShowsHeaderApplicantDataEveryOpinionWithSignerAndDateAndTheResult() {
        Http.Response page = http.get("/staff/cases/" + submitted.caseNo() + "/approval-sheet", "ecology-clerk");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("生态工业园区创建申报审批单", "编号：" + submitted.caseNo(), submitted.parkName(), "威海市", "13806310000")
                .contains("市级初审", "威海市生态环境局", "通过", "材料齐全，同意上报", "威海市生态环境局 经办人（weihai-clerk）")
                .contains("省科技厅联合审查", "附条件同意", "两年内建成园区绿色技术中试平台", "省科技厅 经办人（science-clerk）")
                .contains("依据：《管理办法》商务厅", "三、审批结果", "办理中，当前环节：命名确认", "附加条件（省科技厅）")
                // Submitted over REST with the catalogue's data: judged by, and showing, catalogue v1.
                .contains("指标体系（v1）：基本条件和必选指标均达标", "评价所用指标体系版本")
                .containsPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}")
                .contains("@page", "size: A4", "@media print", "window.print()", "approval-sheet.pdf");
    }

    @Test
    void onlyThoseWhoMayReadTheCaseGetTheSheet() {
        assertThat(http.get("/staff/cases/" + submitted.caseNo() + "/approval-sheet", "jinan-clerk").status()).isEqualTo(404);
        assertThat(http.get("/staff/cases/" + submitted.caseNo() + "/approval-sheet.pdf", "cdb-clerk").status()).isEqualTo(404);
        assertThat(http.get("/staff/cases/" + submitted.caseNo() + "/approval-sheet", null).status()).isEqualTo(401);
        assertThat(http.get("/staff/cases/" + submitted.caseNo() + "/approval-sheet", "manager").status()).isEqualTo(200);
        assertThat(http.get("/staff/cases/" + submitted.caseNo() + "/approval-sheet", "park-applicant").status()).isEqualTo(200);
        assertThat(http.get("/staff/cases/STGY-2026-9999/approval-sheet", "manager").status()).isEqualTo(404);
    }

    @Test
    void thePdfEmbedsTheChineseFontAndReadsBackInChinese() throws Exception {
        requireFont();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/staff/cases/" + submitted.caseNo() + "/approval-sheet.pdf"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("weihai-clerk:demo".getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow()).contains(".pdf");
        Path target = Path.of("target", "approval-sheet", submitted.caseNo() + ".pdf");
        Files.createDirectories(target.getParent());
        Files.write(target, response.body());

        try (PDDocument document = Loader.loadPDF(response.body())) {
            // Every character on the page is drawn with an embedded font (the renderer may list unused base-14 fonts).
            Set<PDFont> drawnWith = new HashSet<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    positions.forEach(p -> drawnWith.add(p.getFont()));
                    super.writeString(text, positions);
                }
            };
            String text = stripper.getText(document);
            assertThat(drawnWith).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as("font %s is embedded", font.getName()).isTrue();
                assertThat(font.getName()).containsAnyOf("DroidSansFallback", "DejaVuSans");
            });
            assertThat(drawnWith).anySatisfy(font -> assertThat(font.getName()).contains("DroidSansFallback"));
            assertThat(text).contains("生态工业园区创建申报审批单", submitted.caseNo(), "省科技厅联合审查", "两年内建成园区绿色技术中试平台",
                    "威海市生态环境局 经办人", "（weihai-clerk）", "第 1 页 / 共 1 页");
        }
    }

    /** CI installs the font (.ci/run); a developer's machine without it skips, and the server says what to install. */
    private void requireFont() {
        if (pdf.font().isEmpty() || !Files.isReadable(ApprovalSheetPdf.LATIN_REGULAR)) {
            boolean ci = "true".equals(System.getenv("CI"));
            if (ci) {
                throw new AssertionError(pdf.missingFontMessage());
            }
            Assumptions.abort(pdf.missingFontMessage());
        }
    }
}
