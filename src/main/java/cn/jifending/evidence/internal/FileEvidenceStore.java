package cn.jifending.evidence.internal;

import cn.jifending.audit.AuditEntry;
import cn.jifending.audit.AuditLog;
import cn.jifending.evidence.Evidence;
import cn.jifending.evidence.EvidenceRejectedException;
import cn.jifending.evidence.EvidenceRejectedException.Problem;
import cn.jifending.evidence.EvidenceStore;
import cn.jifending.notification.DeliveryException;
import cn.jifending.notification.Messenger;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence on the filesystem: {@code <dir>/<first two hex digits>/<sha256>}. The same bytes are
 * written once; each upload still gets its own row (who sent it, when, under what name).
 */
@Service
@EnableConfigurationProperties(EvidenceProperties.class)
class FileEvidenceStore implements EvidenceStore {

    private final Messenger messenger;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final EvidenceProperties properties;
    private final Path dir;

    FileEvidenceStore(Messenger messenger, JdbcClient jdbc, AuditLog audit, Clock clock,
                      EvidenceProperties properties, Environment environment) {
        this.messenger = messenger;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.properties = properties;
        this.dir = properties.dir() != null ? properties.dir()
                : Path.of(environment.getProperty("jifen.data-dir", "./data"), "evidence");
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY, noRollbackFor = EvidenceRejectedException.class)
    public Evidence fetch(String downloadCode, String fileName, String uploadedBy) {
        byte[] content;
        try {
            content = messenger.download(downloadCode);
        } catch (DeliveryException | RuntimeException e) {
            throw new EvidenceRejectedException(Problem.DOWNLOAD_FAILED, limit(),
                    "download of " + downloadCode + " failed: " + e.getMessage());
        }
        return store(content, fileName, uploadedBy);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY, noRollbackFor = EvidenceRejectedException.class)
    public Evidence store(byte[] content, String fileName, String uploadedBy) {
        if (content == null || content.length == 0) {
            throw new EvidenceRejectedException(Problem.EMPTY, limit(), "empty file");
        }
        if (content.length > limit()) {
            throw new EvidenceRejectedException(Problem.TOO_LARGE, limit(),
                    content.length + " bytes is over the limit of " + limit());
        }
        FileType type = FileType.sniff(content).filter(properties.allowedTypes()::contains)
                .orElseThrow(() -> new EvidenceRejectedException(Problem.UNSUPPORTED_TYPE, limit(),
                        "not an accepted picture or document type"));
        String sha = sha256(content);
        String relative = sha.substring(0, 2) + "/" + sha;
        write(dir.resolve(relative), content);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO evidence (sha256, content_type, size_bytes, file_name, storage_path, uploaded_by, uploaded_at)
                VALUES (:sha, :type, :size, :name, :path, :by, :at)""")
                .param("sha", sha).param("type", type.contentType()).param("size", content.length)
                .param("name", fileName).param("path", relative).param("by", uploadedBy)
                .param("at", LocalDateTime.now(clock))
                .update(key, "id");
        long id = key.getKey().longValue();
        audit.record(AuditEntry.created(uploadedBy, "evidence.stored", "evidence", id,
                type.contentType() + " " + content.length + "B sha256=" + sha, fileName));
        return new Evidence(id, sha, type.contentType(), content.length, fileName);
    }

    @Override
    public Optional<Evidence> find(long id) {
        return jdbc.sql("SELECT id, sha256, content_type, size_bytes, file_name FROM evidence WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new Evidence(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getString(5)))
                .optional();
    }

    @Override
    public byte[] content(long id) {
        String path = jdbc.sql("SELECT storage_path FROM evidence WHERE id = :id").param("id", id)
                .query(String.class).optional()
                .orElseThrow(() -> new IllegalArgumentException("no evidence " + id));
        try {
            return Files.readAllBytes(dir.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long limit() {
        return properties.maxSize().toBytes();
    }

    private static void write(Path target, byte[] content) {
        try {
            if (Files.exists(target) && Files.size(target) == content.length) {
                return;
            }
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), "upload", ".tmp");
            Files.write(tmp, content);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store evidence in " + target, e);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
