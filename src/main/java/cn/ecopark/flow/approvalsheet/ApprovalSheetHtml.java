package cn.ecopark.flow.approvalsheet;

import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.casefile.CaseFile;

import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The approval sheet as one XHTML page on A4: the browser prints it, and the PDF is rendered from the same
 * markup (so the two never drift apart). Well-formed XHTML because the PDF renderer parses it as XML.
 */
final class ApprovalSheetHtml {

    /** The family name under which the PDF renderer registers the embedded CJK font. */
    static final String PDF_FONT_FAMILY = "EcoparkCJK";
    /** Family of the embedded Latin font (letters, digits), tried before the CJK one. */
    static final String PDF_LATIN_FAMILY = "EcoparkLatin";
    private static final DateTimeFormatter DATE_TIME = AppClock.DATE_TIME;

    private ApprovalSheetHtml() {
    }

    /**
     * @param pdfUrl where the page's "下载 PDF" button points; null renders the sheet alone (for the PDF)
     */
    static String render(ApprovalSheet sheet, String pdfUrl) {
        CaseFile file = sheet.caseFile();
        StringBuilder html = new StringBuilder(8192);
        html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\"><head><meta charset=\"utf-8\"/>")
                .append("<title>").append(esc(file.caseTypeName())).append("审批单 ").append(esc(file.caseNo())).append("</title>")
                .append("<style>").append(CSS).append("</style>");
        if (pdfUrl == null) {
            // In the PDF every glyph comes from the one embedded font: no base-14 fallback that lacks Chinese.
            html.append("<style>* { font-family: \"").append(PDF_LATIN_FAMILY).append("\", \"").append(PDF_FONT_FAMILY)
                    .append("\" !important; }</style>");
        }
        html.append("</head><body>");
        if (pdfUrl != null) {
            html.append("<div class=\"toolbar\"><button type=\"button\" onclick=\"window.print()\">打印</button> ")
                    .append("<a class=\"button\" href=\"").append(esc(pdfUrl)).append("\">下载 PDF</a></div>");
        }
        html.append("<div class=\"sheet\">")
                .append("<h1>").append(esc(file.caseTypeName())).append("审批单</h1>")
                .append("<table class=\"meta\"><tr><td>编号：").append(esc(file.caseNo())).append("</td>")
                .append("<td class=\"right\">打印时间：").append(DATE_TIME.format(sheet.printedAt())).append("</td></tr></table>");

        html.append("<h2>一、申报信息</h2><table class=\"grid details\">");
        List<CaseFile.Field> fields = file.details();
        for (int i = 0; i < fields.size(); i++) {
            CaseFile.Field field = fields.get(i);
            boolean wide = field.value() != null && field.value().length() > 24;
            CaseFile.Field next = i + 1 < fields.size() ? fields.get(i + 1) : null;
            boolean nextWide = next == null || (next.value() != null && next.value().length() > 24);
            html.append("<tr><th>").append(esc(field.label())).append("</th>");
            if (wide || nextWide) {
                html.append("<td colspan=\"3\">").append(text(field.value())).append("</td></tr>");
            } else {
                html.append("<td>").append(text(field.value())).append("</td><th>").append(esc(next.label()))
                        .append("</th><td>").append(text(next.value())).append("</td></tr>");
                i++;
            }
        }
        html.append("</table>");

        html.append("<h2>二、各部门办理意见</h2><table class=\"grid opinions\">")
                .append("<tr><th class=\"step\">环节及部门</th><th>办理意见</th><th class=\"sign\">签批人及日期</th></tr>");
        if (sheet.opinions().isEmpty()) {
            html.append("<tr><td colspan=\"3\" class=\"empty\">尚无部门办理意见</td></tr>");
        }
        for (ApprovalSheet.Opinion opinion : sheet.opinions()) {
            html.append("<tr><td class=\"step\"><b>").append(esc(opinion.stepName())).append("</b><br/>")
                    .append(esc(opinion.agencyName())).append("</td><td><div class=\"outcome\">").append(esc(opinion.outcomeName()))
                    .append("</div>");
            line(html, "意见", opinion.comment());
            line(html, "依据", opinion.basis());
            line(html, "附加条件", opinion.conditions());
            html.append("</td><td class=\"sign\">").append(esc(opinion.signer())).append("<br/>")
                    .append(DATE_TIME.format(opinion.signedAt())).append("</td></tr>");
        }
        html.append("</table>");

        html.append("<h2>三、审批结果</h2><table class=\"grid\"><tr><th class=\"step\">")
                .append(file.closed() ? "办结结论" : "当前状态").append("</th><td>").append(text(file.result()))
                .append("</td></tr></table>");
        html.append("<p class=\"footer\">本审批单由生态工业园区协同审批系统根据办理记录生成，")
                .append(AppClock.CHINESE_DATE.format(sheet.printedAt())).append("。各部门意见以系统记录为准。</p>");
        html.append("</div></body></html>");
        return html.toString();
    }

    private static void line(StringBuilder html, String label, String value) {
        if (value != null && !value.isBlank()) {
            html.append("<div>").append(label).append("：").append(text(value)).append("</div>");
        }
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? "—" : esc(value).replace("\n", "<br/>");
    }

    static String esc(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // XML 1.0 forbids most control characters; the PDF renderer would reject the page.
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static final String CSS = """
            @page { size: A4; margin: 16mm 15mm 18mm 15mm;
              @bottom-center { content: "第 " counter(page) " 页 / 共 " counter(pages) " 页"; font-size: 9pt; color: #555;
                font-family: "%2$s", "%1$s", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; } }
            body { font-family: "%2$s", "%1$s", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "WenQuanYi Micro Hei",
              "Droid Sans Fallback", sans-serif; font-size: 10.5pt; color: #000; margin: 0; line-height: 1.5; }
            .sheet { max-width: 180mm; margin: 0 auto; }
            h1 { text-align: center; font-size: 18pt; letter-spacing: 2pt; margin: 0 0 4mm 0; }
            h2 { font-size: 12pt; margin: 5mm 0 2mm 0; }
            table { width: 100%%; border-collapse: collapse; }
            table.meta td { padding: 0 0 2mm 0; font-size: 9.5pt; }
            td.right { text-align: right; }
            table.grid th, table.grid td { border: 0.75pt solid #000; padding: 1.5mm 2mm; vertical-align: top; text-align: left; }
            table.grid th { background: #f0f0f0; font-weight: bold; white-space: nowrap; }
            table.details th { width: 24mm; }
            table.grid tr { page-break-inside: avoid; }
            .step { width: 40mm; }
            .sign { width: 42mm; }
            .outcome { font-weight: bold; }
            .empty { text-align: center; color: #555; }
            .footer { font-size: 9pt; color: #333; margin-top: 4mm; }
            .toolbar { max-width: 180mm; margin: 6mm auto; text-align: right; }
            .toolbar button, .toolbar a.button { font: inherit; padding: 4px 14px; border: 1px solid #1f6fb2; background: #1f6fb2;
              color: #fff; border-radius: 3px; text-decoration: none; cursor: pointer; }
            @media screen { body { background: #e9ecef; } .sheet { background: #fff; padding: 16mm 15mm; margin-bottom: 10mm;
              box-shadow: 0 1px 4px rgba(0,0,0,.2); } }
            @media print { .toolbar { display: none; } }
            """.formatted(PDF_FONT_FAMILY, PDF_LATIN_FAMILY);
}
