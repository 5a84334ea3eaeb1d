package cn.ecopark.flow.attachment;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of document an applicant may upload, recognised by their first bytes (what the file is), not by
 * the name or the browser's claim (what it says it is).
 */
enum DocumentType {
    PDF("application/pdf", "PDF", Set.of("pdf"), new byte[]{'%', 'P', 'D', 'F', '-'}),
    PNG("image/png", "PNG 图片", Set.of("png"), new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}),
    JPEG("image/jpeg", "JPEG 图片", Set.of("jpg", "jpeg"), new byte[]{(byte) 0xff, (byte) 0xd8, (byte) 0xff});

    private final String contentType;
    private final String chineseName;
    private final Set<String> extensions;
    private final byte[] magic;

    DocumentType(String contentType, String chineseName, Set<String> extensions, byte[] magic) {
        this.contentType = contentType;
        this.chineseName = chineseName;
        this.extensions = extensions;
        this.magic = magic;
    }

    String contentType() {
        return contentType;
    }

    String chineseName() {
        return chineseName;
    }

    boolean hasExtension(String extension) {
        return extensions.contains(extension);
    }

    static Optional<DocumentType> detect(byte[] content) {
        return Arrays.stream(values()).filter(t -> startsWith(content, t.magic)).findFirst();
    }

    static Optional<DocumentType> byContentType(String contentType) {
        return Arrays.stream(values()).filter(t -> t.contentType.equals(contentType)).findFirst();
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
