package cn.jifending.publicity.internal;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.math.BigDecimal;

/** Row of {@code publicity_entry}: one published name and score. */
@TableName("publicity_entry")
public class PublicityEntryRow {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long windowId;
    private Integer position;
    private Long memberId;
    private String memberName;
    private BigDecimal total;

    public Long getId() {
        return id;
    }

    public PublicityEntryRow setId(Long id) {
        this.id = id;
        return this;
    }

    public Long getWindowId() {
        return windowId;
    }

    public PublicityEntryRow setWindowId(Long windowId) {
        this.windowId = windowId;
        return this;
    }

    public Integer getPosition() {
        return position;
    }

    public PublicityEntryRow setPosition(Integer position) {
        this.position = position;
        return this;
    }

    public Long getMemberId() {
        return memberId;
    }

    public PublicityEntryRow setMemberId(Long memberId) {
        this.memberId = memberId;
        return this;
    }

    public String getMemberName() {
        return memberName;
    }

    public PublicityEntryRow setMemberName(String memberName) {
        this.memberName = memberName;
        return this;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public PublicityEntryRow setTotal(BigDecimal total) {
        this.total = total;
        return this;
    }
}
