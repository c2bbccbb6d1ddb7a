package cn.jifending.sandbox.internal;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/** Row of {@code sandbox_file}: a file the sandbox holds under its download code. */
@TableName("sandbox_file")
public class SandboxFileRow {

    @TableId(type = IdType.INPUT)
    private String code;
    private String fileName;
    private String contentType;
    private byte[] content;
    private LocalDateTime createdAt;

    public String getCode() {
        return code;
    }

    public SandboxFileRow setCode(String code) {
        this.code = code;
        return this;
    }

    public String getFileName() {
        return fileName;
    }

    public SandboxFileRow setFileName(String fileName) {
        this.fileName = fileName;
        return this;
    }

    public String getContentType() {
        return contentType;
    }

    public SandboxFileRow setContentType(String contentType) {
        this.contentType = contentType;
        return this;
    }

    public byte[] getContent() {
        return content;
    }

    public SandboxFileRow setContent(byte[] content) {
        this.content = content;
        return this;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public SandboxFileRow setCreatedAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
        return this;
    }
}
