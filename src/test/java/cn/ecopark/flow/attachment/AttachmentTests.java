package cn.ecopark.flow.attachment;

import cn.ecopark.flow.support.EcoparkSpringTest;
import cn.ecopark.flow.support.ParkCases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Applicants upload documents; those who may read the case list and download them; nobody else. */
@EcoparkSpringTest
class AttachmentTests {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16, 'J', 'F', 'I', 'F'};

    @LocalServerPort
    int port;
    @Autowired
    ParkCases cases;
    cn.ecopark.flow.support.Http http;
    final HttpClient client = HttpClient.newHttpClient();
    ParkCases.Submitted submitted;

    @BeforeEach
    void aCaseAtTheCity() {
        http = new cn.ecopark.flow.support.Http(port);
        submitted = cases.submit(http);
    }

    @Test
    void theApplicantUploadsPdfPngAndJpegAndTheCityClerkDownloadsThem() throws Exception {
        Reply pdf = upload("park-applicant", submitted.caseNo(), "创建申请书.pdf", PDF);
        assertThat(pdf.status).isEqualTo(201);
        assertThat(pdf.body).contains("\"contentType\":\"application/pdf\"", "\"fileName\":\"创建申请书.pdf\"");
        assertThat(upload("park-applicant", submitted.caseNo(), "园区平面图.PNG", PNG).status).isEqualTo(201);
        assertThat(upload("park-applicant", submitted.caseNo(), "现场照片.jpeg", JPEG).status).isEqualTo(201);

        var list = http.get("/api/cases/" + submitted.caseNo() + "/attachments", "weihai-clerk").json();
        assertThat(list).extracting(a -> a.get("fileName").asText()).containsExactly("创建申请书.pdf", "园区平面图.PNG", "现场照片.jpeg");
        long id = list.get(0).get("id").asLong();

        HttpResponse<byte[]> download = get("/api/attachments/" + id, "weihai-clerk");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(PDF);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;")
                .contains("UTF-8''%E5%88%9B%E5%BB%BA");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void onlyThoseWhoMayReadTheCaseSeeItsDocuments() throws Exception {
        upload("park-applicant", submitted.caseNo(), "创建申请书.pdf", PDF);
        long id = http.get("/api/cases/" + submitted.caseNo() + "/attachments", "park-applicant").json().get(0).get("id").asLong();

        // Another city, and an agency before the case reaches it: as if the case did not exist.
        assertThat(http.get("/api/cases/" + submitted.caseNo() + "/attachments", "jinan-clerk").status()).isEqualTo(404);
        assertThat(get("/api/attachments/" + id, "jinan-clerk").statusCode()).isEqualTo(404);
        assertThat(get("/api/attachments/" + id, "science-clerk").statusCode()).isEqualTo(404);
        assertThat(get("/api/attachments/" + id, null).statusCode()).isEqualTo(401);
        // Managers oversee every case.
        assertThat(get("/api/attachments/" + id, "manager").statusCode()).isEqualTo(200);

        cases.cityPasses(submitted.caseNo());
        assertThat(get("/api/attachments/" + id, "science-clerk").statusCode()).isEqualTo(200);
        assertThat(get("/api/attachments/" + id, "cdb-clerk").statusCode()).isEqualTo(404);
    }

    @Test
    void onlyTheApplicantUploadsAndOnlyWhileTheCaseIsOpen() throws Exception {
        Reply clerk = upload("weihai-clerk", submitted.caseNo(), "代传.pdf", PDF);
        assertThat(clerk.status).isEqualTo(403);
        assertThat(upload("jinan-clerk", submitted.caseNo(), "x.pdf", PDF).status).isEqualTo(404);

        cases.complete("weihai-clerk", submitted.caseNo(), "cityPreReview", Map.of("decision", "REJECT", "comment", "不符合申报条件"));
        Reply closed = upload("park-applicant", submitted.caseNo(), "迟交.pdf", PDF);
        assertThat(closed.status).isEqualTo(409);
        assertThat(closed.body).contains("已办结");
    }

    @Test
    void typeAndSizeAreCheckedByContentAndTheErrorNamesTheField() throws Exception {
        Reply text = upload("park-applicant", submitted.caseNo(), "伪装.pdf", "这不是PDF".getBytes(StandardCharsets.UTF_8));
        assertThat(text.status).isEqualTo(415);
        assertThat(text.body).contains("\"field\":\"file\"", "不是 PDF、PNG 或 JPEG 文件");

        Reply renamed = upload("park-applicant", submitted.caseNo(), "图片.png", PDF);
        assertThat(renamed.status).isEqualTo(415);
        assertThat(renamed.body).contains("\"field\":\"file\"", "内容是PDF", ".png");

        Reply exe = upload("park-applicant", submitted.caseNo(), "tool.exe", "MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(exe.status).isEqualTo(415);

        byte[] big = Arrays.copyOf(PDF, (int) AttachmentApi.MAX_BYTES + 1);
        Reply tooBig = upload("park-applicant", submitted.caseNo(), "超大.pdf", big);
        assertThat(tooBig.status).isEqualTo(413);
        assertThat(tooBig.body).contains("\"field\":\"file\"", "10 MB");

        byte[] justRight = Arrays.copyOf(PDF, (int) AttachmentApi.MAX_BYTES);
        assertThat(upload("park-applicant", submitted.caseNo(), "刚好10MB.pdf", justRight).status).isEqualTo(201);

        Reply empty = upload("park-applicant", submitted.caseNo(), "空.pdf", new byte[0]);
        assertThat(empty.status).isEqualTo(400);
        assertThat(empty.body).contains("\"field\":\"file\"");
    }

    @Test
    void aFolderInTheFileNameIsDropped() {
        assertThat(AttachmentApi.fileName("C:\\Users\\张明\\申请书.pdf")).isEqualTo("申请书.pdf");
        assertThat(AttachmentApi.fileName("../../etc/passwd.pdf")).isEqualTo("passwd.pdf");
    }

    record Reply(int status, String body) {
    }

    private Reply upload(String user, String caseNo, String fileName, byte[] content) throws IOException, InterruptedException {
        String boundary = "----ecopark" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/cases/" + caseNo + "/attachments"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        authenticate(request, user);
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Reply(response.statusCode(), response.body());
    }

    private HttpResponse<byte[]> get(String path, String user) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        authenticate(request, user);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static void authenticate(HttpRequest.Builder request, String user) {
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
    }
}
