package cn.ecopark.flow.approvalsheet;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Renders the approval sheet's XHTML to PDF with a Chinese font embedded (as a subset, so a sheet stays
 * small). The font is a TrueType file on the machine: Debian's fonts-droid-fallback by default (.ci/run
 * installs it), or any .ttf named by {@code ecopark.approval-sheet.font}; Latin letters and digits come from
 * DejaVu Sans (fonts-dejavu-core) where it is installed. Without one there is no PDF, and
 * the answer says which package to install: PDF viewers would otherwise show empty boxes for every character.
 */
@Component
class ApprovalSheetPdf {

    static final List<Path> DEFAULT_FONTS = List.of(
            Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
            Path.of("/usr/share/fonts/truetype/droid/DroidSansFallback.ttf"));
    /** Droid Sans Fallback has no Latin letters or digits; DejaVu Sans (fonts-dejavu-core) draws those. */
    static final Path LATIN_REGULAR = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    static final Path LATIN_BOLD = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf");

    private final Properties properties;

    ApprovalSheetPdf(Properties properties) {
        this.properties = properties;
    }

    byte[] render(String xhtml) {
        Path font = font().orElseThrow(FontMissing::new);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        // One face for regular and bold (headings, table heads): no Helvetica fallback that lacks Chinese glyphs.
        builder.useFont(font.toFile(), ApprovalSheetHtml.PDF_FONT_FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.useFont(font.toFile(), ApprovalSheetHtml.PDF_FONT_FAMILY, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
        if (Files.isReadable(LATIN_REGULAR) && Files.isReadable(LATIN_BOLD)) {
            builder.useFont(LATIN_REGULAR.toFile(), ApprovalSheetHtml.PDF_LATIN_FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(LATIN_BOLD.toFile(), ApprovalSheetHtml.PDF_LATIN_FAMILY, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
        }
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    Optional<Path> font() {
        if (properties.font() != null && !properties.font().isBlank()) {
            Path configured = Path.of(properties.font());
            return Files.isReadable(configured) ? Optional.of(configured) : Optional.empty();
        }
        return DEFAULT_FONTS.stream().filter(Files::isReadable).findFirst();
    }

    String missingFontMessage() {
        String where = properties.font() != null && !properties.font().isBlank() ? properties.font()
                : DEFAULT_FONTS.get(0).toString();
        return "无法生成 PDF：找不到中文字体文件 " + where
                + "。请安装 Debian 软件包 fonts-droid-fallback（apt-get install fonts-droid-fallback），"
                + "或用 ecopark.approval-sheet.font 指定一个 TrueType 中文字体（.ttf）。";
    }

    class FontMissing extends RuntimeException {
        FontMissing() {
            super(missingFontMessage());
        }
    }

    @ConfigurationProperties(prefix = "ecopark.approval-sheet")
    record Properties(String font) {
    }
}
