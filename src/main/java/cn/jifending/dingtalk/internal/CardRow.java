package cn.jifending.dingtalk.internal;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/**
 * Row of {@code dingtalk_card}: one card sent through the card platform, keyed by its outTrackId;
 * recipients, params and card data are JSON text.
 */
@TableName("dingtalk_card")
public class CardRow {

    @TableId(type = IdType.INPUT)
    private String outTrackId;
    private String cardKind;
    private String recipients;
    private String groupId;
    private String cardParams;
    private String cardData;
    private LocalDateTime deliveredAt;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;

    public String getOutTrackId() {
        return outTrackId;
    }

    public CardRow setOutTrackId(String outTrackId) {
        this.outTrackId = outTrackId;
        return this;
    }

    public String getCardKind() {
        return cardKind;
    }

    public CardRow setCardKind(String cardKind) {
        this.cardKind = cardKind;
        return this;
    }

    public String getRecipients() {
        return recipients;
    }

    public CardRow setRecipients(String recipients) {
        this.recipients = recipients;
        return this;
    }

    public String getGroupId() {
        return groupId;
    }

    public CardRow setGroupId(String groupId) {
        this.groupId = groupId;
        return this;
    }

    public String getCardParams() {
        return cardParams;
    }

    public CardRow setCardParams(String cardParams) {
        this.cardParams = cardParams;
        return this;
    }

    public String getCardData() {
        return cardData;
    }

    public CardRow setCardData(String cardData) {
        this.cardData = cardData;
        return this;
    }

    public LocalDateTime getDeliveredAt() {
        return deliveredAt;
    }

    public CardRow setDeliveredAt(LocalDateTime deliveredAt) {
        this.deliveredAt = deliveredAt;
        return this;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public CardRow setCreatedAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
        return this;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public CardRow setUpdatedAt(LocalDateTime updatedAt) {
        this.updatedAt = updatedAt;
        return this;
    }
}
