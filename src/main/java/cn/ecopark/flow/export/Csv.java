package cn.ecopark.flow.export;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV as Excel and WPS open it in China: UTF-8 with a byte-order mark (without it Excel reads GBK and garbles the
 * Chinese), CRLF, RFC 4180 quoting. A text cell that starts with = + - @ (or a tab or CR) gets a leading quote so
 * a spreadsheet never runs it as a formula (CSV injection).
 */
public final class Csv {

    public static final String CONTENT_TYPE = "text/csv; charset=UTF-8";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Csv() {
    }

    /** One sheet as a plain table; several as titled sections separated by an empty line. */
    public static byte[] write(List<Sheet> sheets) {
        StringBuilder text = new StringBuilder();
        for (Sheet sheet : sheets) {
            if (sheets.size() > 1) {
                if (!text.isEmpty()) {
                    text.append("\r\n");
                }
                line(text, List.of("【" + sheet.name() + "】"));
            }
            line(text, List.copyOf(sheet.headers()));
            for (List<Object> row : sheet.rows()) {
                line(text, row);
            }
        }
        byte[] body = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, out, 0, BOM.length);
        System.arraycopy(body, 0, out, BOM.length, body.length);
        return out;
    }

    private static void line(StringBuilder text, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(cell(cells.get(i)));
        }
        text.append("\r\n");
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number number) {
            return number.toString();
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
