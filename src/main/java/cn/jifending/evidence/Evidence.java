package cn.jifending.evidence;

/** A stored photo or file: its id, SHA-256 of the bytes, sniffed content type and size. */
public record Evidence(long id, String sha256, String contentType, long sizeBytes, String fileName) {
}
