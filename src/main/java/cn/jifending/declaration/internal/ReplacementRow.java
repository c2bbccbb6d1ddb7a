package cn.jifending.declaration.internal;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/** Row of {@code declaration_draft_replacement}: a new 申报 waiting for the member to choose it or the old one. */
@TableName("declaration_draft_replacement")
public class ReplacementRow {

    @TableId(type = IdType.INPUT)
    private String userId;
    private String text;
    private String msgId;
    private LocalDateTime createdAt;

    public String getUserId() {
        return userId;
    }

    public ReplacementRow setUserId(String userId) {
        this.userId = userId;
        return this;
    }

    public String getText() {
        return text;
    }

    public ReplacementRow setText(String text) {
        this.text = text;
        return this;
    }

    public String getMsgId() {
        return msgId;
    }

    public ReplacementRow setMsgId(String msgId) {
        this.msgId = msgId;
        return this;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public ReplacementRow setCreatedAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
        return this;
    }
}
