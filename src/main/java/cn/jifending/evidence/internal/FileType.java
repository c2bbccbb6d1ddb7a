package cn.jifending.evidence.internal;

import java.util.Arrays;
import java.util.Optional;

/** The file types accepted as evidence, recognized by their magic bytes (never by the file name). */
enum FileType {
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
    GIF("image/gif", new byte[] {'G', 'I', 'F', '8'}),
    WEBP("image/webp", null),
    BMP("image/bmp", new byte[] {'B', 'M'}),
    HEIC("image/heic", null),
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    /** docx / xlsx / pptx: zip containers. */
    OFFICE_ZIP("application/zip", new byte[] {'P', 'K', 0x03, 0x04}),
    /** doc / xls: OLE compound files. */
    OFFICE_OLE("application/x-ole-storage", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
            (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1});

    private final String contentType;
    private final byte[] magic;

    FileType(String contentType, byte[] magic) {
        this.contentType = contentType;
        this.magic = magic;
    }

    String contentType() {
        return contentType;
    }

    static Optional<FileType> sniff(byte[] b) {
        if (b == null) {
            return Optional.empty();
        }
        if (startsWith(b, 0, "RIFF".getBytes()) && startsWith(b, 8, "WEBP".getBytes())) {
            return Optional.of(WEBP);
        }
        if (startsWith(b, 4, "ftyp".getBytes()) && b.length >= 12) {
            String brand = new String(Arrays.copyOfRange(b, 8, 12));
            if (brand.startsWith("hei") || brand.startsWith("mif1") || brand.startsWith("hev")) {
                return Optional.of(HEIC);
            }
        }
        for (FileType t : values()) {
            if (t.magic != null && startsWith(b, 0, t.magic)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] b, int offset, byte[] prefix) {
        if (b.length < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
