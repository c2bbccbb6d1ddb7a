package cn.jifending.evidence.internal;

import cn.jifending.audit.Source;
import cn.jifending.audit.AuditEntry;
import cn.jifending.audit.AuditLog;
import cn.jifending.evidence.Evidence;
import cn.jifending.evidence.EvidenceRejectedException;
import cn.jifending.evidence.EvidenceRejectedException.Problem;
import cn.jifending.evidence.EvidenceStore;
import cn.jifending.notification.DeliveryException;
import cn.jifending.notification.Messenger;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
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
    private final EvidenceMapper evidence;
    private final AuditLog audit;
    private final Clock clock;
    private final EvidenceProperties properties;
    private final Path dir;

    FileEvidenceStore(Messenger messenger, EvidenceMapper evidence, AuditLog audit, Clock clock,
                      EvidenceProperties properties, Environment environment) {
        this.messenger = messenger;
        this.evidence = evidence;
        this.audit = audit;
        this.clock = clock;
        this.properties = properties;
        this.dir = properties.dir() != null ? properties.dir()
                : Path.of(environment.getProperty("jifen.data-dir", "./data"), "evidence");
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY, noRollbackFor = EvidenceRejectedException.class)
    public Evidence fetch(String downloadCode, String fileName, String uploadedBy, Source source) {
        byte[] content;
        try {
            content = messenger.download(downloadCode);
        } catch (DeliveryException | RuntimeException e) {
            throw new EvidenceRejectedException(Problem.DOWNLOAD_FAILED, limit(),
                    "download of " + downloadCode + " failed: " + e.getMessage());
        }
        return store(content, fileName, uploadedBy, source);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY, noRollbackFor = EvidenceRejectedException.class)
    public Evidence store(byte[] content, String fileName, String uploadedBy, Source source) {
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
        EvidenceRow row = new EvidenceRow().setSha256(sha).setContentType(type.contentType())
                .setSizeBytes((long) content.length).setFileName(fileName).setStoragePath(relative)
                .setUploadedBy(uploadedBy).setUploadedAt(LocalDateTime.now(clock));
        evidence.insert(row);
        long id = row.getId();
        audit.record(AuditEntry.of(uploadedBy, "evidence.stored", "evidence", id, source)
                .with("type", type.contentType()).with("bytes", content.length).with("sha256", sha)
                .with("file", fileName));
        return new Evidence(id, sha, type.contentType(), content.length, fileName);
    }

    @Override
    public Optional<Evidence> find(long id) {
        return Optional.ofNullable(evidence.selectById(id))
                .map(r -> new Evidence(r.getId(), r.getSha256(), r.getContentType(), r.getSizeBytes(),
                        r.getFileName()));
    }

    @Override
    public byte[] content(long id) {
        String path = Optional.ofNullable(evidence.selectOne(Wrappers.lambdaQuery(EvidenceRow.class)
                        .select(EvidenceRow::getStoragePath).eq(EvidenceRow::getId, id)))
                .map(EvidenceRow::getStoragePath)
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
