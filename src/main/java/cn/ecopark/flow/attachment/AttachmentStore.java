package cn.ecopark.flow.attachment;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The case_attachment table: lists never read the content column, only a download does. */
@Component
class AttachmentStore {

    private static final String COLUMNS = "id, case_type, case_no, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at";
    private static final RowMapper<Attachment> ROW = (rs, i) -> new Attachment(rs.getLong("id"), rs.getString("case_type"),
            rs.getString("case_no"), rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
            rs.getString("sha256"), rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant());

    private final JdbcClient jdbc;

    AttachmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Attachment save(String caseType, String caseNo, String fileName, String contentType, byte[] content, String sha256,
                    String uploadedBy, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO case_attachment (case_type, case_no, file_name, content_type, size_bytes, sha256, uploaded_by,"
                        + " uploaded_at, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(caseType, caseNo, fileName, contentType, content.length, sha256, uploadedBy, Timestamp.from(at), content)
                .update(key, "id");
        return byId(key.getKey().longValue()).orElseThrow();
    }

    List<Attachment> ofCase(String caseNo) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM case_attachment WHERE case_no = ? ORDER BY uploaded_at, id")
                .param(caseNo).query(ROW).list();
    }

    int countOfCase(String caseNo) {
        return jdbc.sql("SELECT COUNT(*) FROM case_attachment WHERE case_no = ?").param(caseNo).query(Integer.class).single();
    }

    Optional<Attachment> byId(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM case_attachment WHERE id = ?").param(id).query(ROW).optional();
    }

    byte[] content(long id) {
        return jdbc.sql("SELECT content FROM case_attachment WHERE id = ?").param(id)
                .query((rs, i) -> rs.getBytes("content")).single();
    }
}
