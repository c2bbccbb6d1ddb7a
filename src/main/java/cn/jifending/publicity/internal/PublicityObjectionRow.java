package cn.jifending.publicity.internal;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/** Row of {@code publicity_objection}: an objection raised during a window. */
@TableName("publicity_objection")
public class PublicityObjectionRow {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long windowId;
    private String userId;
    private String memberName;
    private String reason;
    private LocalDateTime raisedAt;
    private String sourceRef;

    public Long getId() {
        return id;
    }

    public PublicityObjectionRow setId(Long id) {
        this.id = id;
        return this;
    }

    public Long getWindowId() {
        return windowId;
    }

    public PublicityObjectionRow setWindowId(Long windowId) {
        this.windowId = windowId;
        return this;
    }

    public String getUserId() {
        return userId;
    }

    public PublicityObjectionRow setUserId(String userId) {
        this.userId = userId;
        return this;
    }

    public String getMemberName() {
        return memberName;
    }

    public PublicityObjectionRow setMemberName(String memberName) {
        this.memberName = memberName;
        return this;
    }

    public String getReason() {
        return reason;
    }

    public PublicityObjectionRow setReason(String reason) {
        this.reason = reason;
        return this;
    }

    public LocalDateTime getRaisedAt() {
        return raisedAt;
    }

    public PublicityObjectionRow setRaisedAt(LocalDateTime raisedAt) {
        this.raisedAt = raisedAt;
        return this;
    }

    public String getSourceRef() {
        return sourceRef;
    }

    public PublicityObjectionRow setSourceRef(String sourceRef) {
        this.sourceRef = sourceRef;
        return this;
    }
}
