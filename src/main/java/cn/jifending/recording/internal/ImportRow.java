package cn.jifending.recording.internal;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/** Row of {@code rec_import}: a sheet imported into a branch. */
@TableName("rec_import")
public class ImportRow {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long branchId;
    private String kind;
    private String sha256;
    private String fileName;
    private String period;
    private Integer rowCount;
    private String importedBy;
    private LocalDateTime importedAt;

    public Long getId() {
        return id;
    }

    public ImportRow setId(Long id) {
        this.id = id;
        return this;
    }

    public Long getBranchId() {
        return branchId;
    }

    public ImportRow setBranchId(Long branchId) {
        this.branchId = branchId;
        return this;
    }

    public String getKind() {
        return kind;
    }

    public ImportRow setKind(String kind) {
        this.kind = kind;
        return this;
    }

    public String getSha256() {
        return sha256;
    }

    public ImportRow setSha256(String sha256) {
        this.sha256 = sha256;
        return this;
    }

    public String getFileName() {
        return fileName;
    }

    public ImportRow setFileName(String fileName) {
        this.fileName = fileName;
        return this;
    }

    public String getPeriod() {
        return period;
    }

    public ImportRow setPeriod(String period) {
        this.period = period;
        return this;
    }

    public Integer getRowCount() {
        return rowCount;
    }

    public ImportRow setRowCount(Integer rowCount) {
        this.rowCount = rowCount;
        return this;
    }

    public String getImportedBy() {
        return importedBy;
    }

    public ImportRow setImportedBy(String importedBy) {
        this.importedBy = importedBy;
        return this;
    }

    public LocalDateTime getImportedAt() {
        return importedAt;
    }

    public ImportRow setImportedAt(LocalDateTime importedAt) {
        this.importedAt = importedAt;
        return this;
    }
}
