package cn.jifending.sandbox.internal;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/** Row of {@code sandbox_message}: one message a sandbox user saw or sent. */
@TableName("sandbox_message")
public class SandboxMessageRow {

    @TableId(type = IdType.AUTO)
    private Long id;
    private String userId;
    private String direction;
    private String kind;
    private String title;
    private String body;
    private String outTrackId;
    private String cardParams;
    private String cardKind;
    private String fileCode;
    private LocalDateTime createdAt;

    public Long getId() {
        return id;
    }

    public SandboxMessageRow setId(Long id) {
        this.id = id;
        return this;
    }

    public String getUserId() {
        return userId;
    }

    public SandboxMessageRow setUserId(String userId) {
        this.userId = userId;
        return this;
    }

    public String getDirection() {
        return direction;
    }

    public SandboxMessageRow setDirection(String direction) {
        this.direction = direction;
        return this;
    }

    public String getKind() {
        return kind;
    }

    public SandboxMessageRow setKind(String kind) {
        this.kind = kind;
        return this;
    }

    public String getTitle() {
        return title;
    }

    public SandboxMessageRow setTitle(String title) {
        this.title = title;
        return this;
    }

    public String getBody() {
        return body;
    }

    public SandboxMessageRow setBody(String body) {
        this.body = body;
        return this;
    }

    public String getOutTrackId() {
        return outTrackId;
    }

    public SandboxMessageRow setOutTrackId(String outTrackId) {
        this.outTrackId = outTrackId;
        return this;
    }

    public String getCardParams() {
        return cardParams;
    }

    public SandboxMessageRow setCardParams(String cardParams) {
        this.cardParams = cardParams;
        return this;
    }

    public String getCardKind() {
        return cardKind;
    }

    public SandboxMessageRow setCardKind(String cardKind) {
        this.cardKind = cardKind;
        return this;
    }

    public String getFileCode() {
        return fileCode;
    }

    public SandboxMessageRow setFileCode(String fileCode) {
        this.fileCode = fileCode;
        return this;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public SandboxMessageRow setCreatedAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
        return this;
    }
}
