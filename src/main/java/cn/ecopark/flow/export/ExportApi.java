package cn.ecopark.flow.export;

import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.calendar.WorkingDayCalendar;
import cn.ecopark.flow.casefile.CaseFileProvider;
import cn.ecopark.flow.dashboard.Dashboard;
import cn.ecopark.flow.dashboard.DashboardTables;
import cn.ecopark.flow.engine.InvalidInput;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Downloads for managers who report upward in spreadsheets, authorized like the dashboard they mirror (managers,
 * ecology, administrators; others 403 as the dashboard answers) and each recorded in {@code export_record}:
 * <ul>
 *   <li>{@code GET /api/exports/cases?caseType=park-application&from=2026-01-01&to=2026-12-31&format=xlsx|csv}</li>
 *   <li>{@code GET /api/exports/dashboard?format=xlsx|csv[&table=targets|cities|workflows|agencies]}</li>
 * </ul>
 */
@RestController
@RequestMapping("/api/exports")
class ExportApi {

    private final DashboardTables dashboard;
    private final CaseExport cases;
    private final ExportRecordRepository log;
    private final IdentityService identity;

    ExportApi(DashboardTables dashboard, CaseExport cases, ExportRecordRepository log, IdentityService identity) {
        this.dashboard = dashboard;
        this.cases = cases;
        this.log = log;
        this.identity = identity;
    }

    @GetMapping("/cases")
    ResponseEntity<byte[]> cases(@RequestParam(required = false) String caseType,
                                 @RequestParam(required = false) String from,
                                 @RequestParam(required = false) String to,
                                 @RequestParam(defaultValue = "xlsx") String format) {
        requireViewer();
        String type = format(format);
        CaseFileProvider provider = cases.provider(caseType);
        Instant now = AppClock.now();
        LocalDate today = WorkingDayCalendar.toLocalDate(now);
        LocalDate start = date("from", from, today.withDayOfYear(1));
        LocalDate end = date("to", to, today);
        if (end.isBefore(start)) {
            throw new InvalidInput("to：结束日期不能早于开始日期");
        }
        List<Sheet> sheets = cases.sheets(provider, start, end, today);
        int rows = sheets.get(0).rows().size();
        List<Sheet> written = "csv".equals(type) ? List.of(sheets.get(0)) : sheets;
        record(now, "cases", provider.caseType(), start, end, type, rows);
        return file(written, type, provider.caseTypeName() + "-" + start + "至" + end,
                "cases-" + provider.caseType() + "-" + start + "-" + end);
    }

    @GetMapping("/dashboard")
    ResponseEntity<byte[]> dashboard(@RequestParam(defaultValue = "xlsx") String format,
                                     @RequestParam(required = false) String table) {
        requireViewer();
        String type = format(format);
        Dashboard figures = dashboard.current();
        List<Sheet> sheets = DashboardSheets.of(figures);
        if (table != null && !table.isBlank()) {
            sheets = List.of(DashboardSheets.named(figures, table.strip()));
        }
        int rows = sheets.stream().mapToInt(s -> s.rows().size()).sum();
        record(figures.generatedAt(), "dashboard", null, null, null, type, rows);
        LocalDate day = WorkingDayCalendar.toLocalDate(figures.generatedAt());
        return file(sheets, type, "生态工业园区创建进展统计-" + day, "dashboard-" + day);
    }

    private void requireViewer() {
        if (!dashboard.callerMayView()) {
            throw new AuthorizationException("统计导出仅供管理人员、省生态环境厅和系统管理员使用");
        }
    }

    private void record(Instant at, String kind, String caseType, LocalDate from, LocalDate to, String format, int rows) {
        log.save(new ExportRecord(null, identity.getCurrentAuthentication().getUserId(), at, kind, caseType, from, to,
                format, rows));
    }

    private static ResponseEntity<byte[]> file(List<Sheet> sheets, String type, String chineseName, String asciiName) {
        boolean csv = "csv".equals(type);
        byte[] body = csv ? Csv.write(sheets) : Xlsx.write(sheets);
        ContentDisposition disposition = ContentDisposition.attachment()
                .filename(chineseName + "." + type, StandardCharsets.UTF_8).build();
        // RFC 6266: the plain filename first for old clients, then filename* with the Chinese name.
        String header = "attachment; filename=\"" + asciiName + "." + type + "\"; "
                + disposition.toString().substring(disposition.toString().indexOf("filename*="));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(csv ? Csv.CONTENT_TYPE : Xlsx.CONTENT_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, header)
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(body);
    }

    private static String format(String format) {
        String type = format == null ? "" : format.strip().toLowerCase(Locale.ROOT);
        if (!type.equals("xlsx") && !type.equals("csv")) {
            throw new InvalidInput("format：导出格式只能是 xlsx 或 csv");
        }
        return type;
    }

    private static LocalDate date(String field, String value, LocalDate otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field + "：日期格式应为 yyyy-MM-dd，收到“" + value + "”");
        }
    }
}
