package cn.ecopark.flow.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The smallest Office Open XML workbook Excel, WPS and LibreOffice open: one worksheet per {@link Sheet}, a bold
 * frozen header row, text as inline strings (never formulas, so a cell cannot run anything) and numbers as numbers.
 * Written by hand to avoid a spreadsheet library for a handful of tables.
 */
public final class Xlsx {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    private Xlsx() {
    }

    public static byte[] write(List<Sheet> sheets) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            StringBuilder types = new StringBuilder(HEAD)
                    .append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
                    .append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
                    .append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>")
                    .append("<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>")
                    .append("<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
            StringBuilder workbook = new StringBuilder(HEAD).append("<workbook xmlns=\"").append(MAIN)
                    .append("\" xmlns:r=\"").append(REL).append("\"><sheets>");
            StringBuilder relations = new StringBuilder(HEAD)
                    .append("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
            for (int i = 1; i <= sheets.size(); i++) {
                types.append("<Override PartName=\"/xl/worksheets/sheet").append(i)
                        .append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
                workbook.append("<sheet name=\"").append(escape(sheetName(sheets.get(i - 1).name(), i)))
                        .append("\" sheetId=\"").append(i).append("\" r:id=\"rId").append(i).append("\"/>");
                relations.append("<Relationship Id=\"rId").append(i)
                        .append("\" Type=\"").append(REL).append("/worksheet\" Target=\"worksheets/sheet").append(i).append(".xml\"/>");
            }
            relations.append("<Relationship Id=\"rIdStyles\" Type=\"").append(REL).append("/styles\" Target=\"styles.xml\"/>")
                    .append("</Relationships>");
            put(zip, "[Content_Types].xml", types.append("</Types>").toString());
            put(zip, "_rels/.rels", HEAD + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + REL + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            put(zip, "xl/workbook.xml", workbook.append("</sheets></workbook>").toString());
            put(zip, "xl/_rels/workbook.xml.rels", relations.toString());
            put(zip, "xl/styles.xml", HEAD + "<styleSheet xmlns=\"" + MAIN + "\">"
                    + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"等线\"/></font><font><b/><sz val=\"11\"/><name val=\"等线\"/></font></fonts>"
                    + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
                    + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
                    + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                    + "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                    + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/></cellXfs>"
                    + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>");
            for (int i = 1; i <= sheets.size(); i++) {
                put(zip, "xl/worksheets/sheet" + i + ".xml", worksheet(sheets.get(i - 1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String worksheet(Sheet sheet) {
        StringBuilder xml = new StringBuilder(HEAD).append("<worksheet xmlns=\"").append(MAIN).append("\">")
                .append("<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>")
                .append("</sheetView></sheetViews>")
                .append("<cols><col min=\"1\" max=\"").append(Math.max(1, sheet.headers().size()))
                .append("\" width=\"18\" customWidth=\"1\"/></cols><sheetData>");
        row(xml, 1, List.copyOf(sheet.headers()), true);
        int r = 2;
        for (List<Object> row : sheet.rows()) {
            row(xml, r++, row, false);
        }
        return xml.append("</sheetData></worksheet>").toString();
    }

    private static void row(StringBuilder xml, int r, List<?> cells, boolean header) {
        xml.append("<row r=\"").append(r).append("\">");
        for (int c = 0; c < cells.size(); c++) {
            Object value = cells.get(c);
            if (value == null) {
                continue;
            }
            String ref = column(c) + r;
            if (value instanceof Number number && !header) {
                xml.append("<c r=\"").append(ref).append("\"><v>").append(number).append("</v></c>");
            } else {
                xml.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"").append(header ? " s=\"1\"" : "")
                        .append("><is><t xml:space=\"preserve\">").append(escape(value.toString())).append("</t></is></c>");
            }
        }
        xml.append("</row>");
    }

    static String column(int index) {
        StringBuilder name = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            name.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return name.toString();
    }

    /** Excel's rules: at most 31 characters, none of []:*?/\ . */
    private static String sheetName(String name, int index) {
        String clean = name == null ? "" : name.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        if (clean.isEmpty()) {
            clean = "Sheet" + index;
        }
        return clean.length() > 31 ? clean.substring(0, 31) : clean;
    }

    /** XML-escapes and drops the control characters XML 1.0 cannot carry. */
    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (ch >= 0x20 || ch == '\t' || ch == '\n' || ch == '\r') {
                        out.append(ch);
                    }
                }
            }
        }
        return out.toString();
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
