package cn.jifending.bot.internal;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/** Row of {@code inbound_event}: one chat message or card press as received; its unique keys refuse a redelivery. */
@TableName("inbound_event")
public class InboundEventRow {

    @TableId(type = IdType.AUTO)
    private Long id;
    private String kind;
    private String msgId;
    private String outTrackId;
    private String actionId;
    private String senderUserId;
    private Boolean knownSender;
    private String messageText;
    private String payload;
    private LocalDateTime receivedAt;
    private LocalDateTime recordedAt;
    private String inputsHash;

    public Long getId() {
        return id;
    }

    public InboundEventRow setId(Long id) {
        this.id = id;
        return this;
    }

    public String getKind() {
        return kind;
    }

    public InboundEventRow setKind(String kind) {
        this.kind = kind;
        return this;
    }

    public String getMsgId() {
        return msgId;
    }

    public InboundEventRow setMsgId(String msgId) {
        this.msgId = msgId;
        return this;
    }

    public String getOutTrackId() {
        return outTrackId;
    }

    public InboundEventRow setOutTrackId(String outTrackId) {
        this.outTrackId = outTrackId;
        return this;
    }

    public String getActionId() {
        return actionId;
    }

    public InboundEventRow setActionId(String actionId) {
        this.actionId = actionId;
        return this;
    }

    public String getSenderUserId() {
        return senderUserId;
    }

    public InboundEventRow setSenderUserId(String senderUserId) {
        this.senderUserId = senderUserId;
        return this;
    }

    public Boolean getKnownSender() {
        return knownSender;
    }

    public InboundEventRow setKnownSender(Boolean knownSender) {
        this.knownSender = knownSender;
        return this;
    }

    public String getMessageText() {
        return messageText;
    }

    public InboundEventRow setMessageText(String messageText) {
        this.messageText = messageText;
        return this;
    }

    public String getPayload() {
        return payload;
    }

    public InboundEventRow setPayload(String payload) {
        this.payload = payload;
        return this;
    }

    public LocalDateTime getReceivedAt() {
        return receivedAt;
    }

    public InboundEventRow setReceivedAt(LocalDateTime receivedAt) {
        this.receivedAt = receivedAt;
        return this;
    }

    public LocalDateTime getRecordedAt() {
        return recordedAt;
    }

    public InboundEventRow setRecordedAt(LocalDateTime recordedAt) {
        this.recordedAt = recordedAt;
        return this;
    }

    public String getInputsHash() {
        return inputsHash;
    }

    public InboundEventRow setInputsHash(String inputsHash) {
        this.inputsHash = inputsHash;
        return this;
    }
}
