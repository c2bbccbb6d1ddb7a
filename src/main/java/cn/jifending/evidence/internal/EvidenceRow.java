package cn.jifending.evidence.internal;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/** Row of {@code evidence}: one upload (who sent it, when, under what name) and where its bytes lie. */
@TableName("evidence")
public class EvidenceRow {

    @TableId(type = IdType.AUTO)
    private Long id;
    private String sha256;
    private String contentType;
    private Long sizeBytes;
    private String fileName;
    private String storagePath;
    private String uploadedBy;
    private LocalDateTime uploadedAt;

    public Long getId() {
        return id;
    }

    public EvidenceRow setId(Long id) {
        this.id = id;
        return this;
    }

    public String getSha256() {
        return sha256;
    }

    public EvidenceRow setSha256(String sha256) {
        this.sha256 = sha256;
        return this;
    }

    public String getContentType() {
        return contentType;
    }

    public EvidenceRow setContentType(String contentType) {
        this.contentType = contentType;
        return this;
    }

    public Long getSizeBytes() {
        return sizeBytes;
    }

    public EvidenceRow setSizeBytes(Long sizeBytes) {
        this.sizeBytes = sizeBytes;
        return this;
    }

    public String getFileName() {
        return fileName;
    }

    public EvidenceRow setFileName(String fileName) {
        this.fileName = fileName;
        return this;
    }

    public String getStoragePath() {
        return storagePath;
    }

    public EvidenceRow setStoragePath(String storagePath) {
        this.storagePath = storagePath;
        return this;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public EvidenceRow setUploadedBy(String uploadedBy) {
        this.uploadedBy = uploadedBy;
        return this;
    }

    public LocalDateTime getUploadedAt() {
        return uploadedAt;
    }

    public EvidenceRow setUploadedAt(LocalDateTime uploadedAt) {
        this.uploadedAt = uploadedAt;
        return this;
    }
}
