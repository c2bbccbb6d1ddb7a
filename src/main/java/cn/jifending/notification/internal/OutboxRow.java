package cn.jifending.notification.internal;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/** Row of {@code outbox_message}: one message to deliver, with its delivery state (status, lease, attempts). */
@TableName("outbox_message")
public class OutboxRow {

    @TableId(type = IdType.AUTO)
    private Long id;
    private String kind;
    private String recipients;
    private String groupId;
    private String template;
    private String outTrackId;
    private String title;
    private String body;
    private String cardParams;
    private byte[] fileContent;
    private String replyWebhook;
    private LocalDateTime replyWebhookExpiresAt;
    private String status;
    private Integer attempts;
    private LocalDateTime nextAttemptAt;
    private String leaseOwner;
    private LocalDateTime leaseUntil;
    private String lastError;
    private LocalDateTime createdAt;
    private LocalDateTime sentAt;

    public Long getId() {
        return id;
    }

    public OutboxRow setId(Long id) {
        this.id = id;
        return this;
    }

    public String getKind() {
        return kind;
    }

    public OutboxRow setKind(String kind) {
        this.kind = kind;
        return this;
    }

    public String getRecipients() {
        return recipients;
    }

    public OutboxRow setRecipients(String recipients) {
        this.recipients = recipients;
        return this;
    }

    public String getGroupId() {
        return groupId;
    }

    public OutboxRow setGroupId(String groupId) {
        this.groupId = groupId;
        return this;
    }

    public String getTemplate() {
        return template;
    }

    public OutboxRow setTemplate(String template) {
        this.template = template;
        return this;
    }

    public String getOutTrackId() {
        return outTrackId;
    }

    public OutboxRow setOutTrackId(String outTrackId) {
        this.outTrackId = outTrackId;
        return this;
    }

    public String getTitle() {
        return title;
    }

    public OutboxRow setTitle(String title) {
        this.title = title;
        return this;
    }

    public String getBody() {
        return body;
    }

    public OutboxRow setBody(String body) {
        this.body = body;
        return this;
    }

    public String getCardParams() {
        return cardParams;
    }

    public OutboxRow setCardParams(String cardParams) {
        this.cardParams = cardParams;
        return this;
    }

    public byte[] getFileContent() {
        return fileContent;
    }

    public OutboxRow setFileContent(byte[] fileContent) {
        this.fileContent = fileContent;
        return this;
    }

    public String getReplyWebhook() {
        return replyWebhook;
    }

    public OutboxRow setReplyWebhook(String replyWebhook) {
        this.replyWebhook = replyWebhook;
        return this;
    }

    public LocalDateTime getReplyWebhookExpiresAt() {
        return replyWebhookExpiresAt;
    }

    public OutboxRow setReplyWebhookExpiresAt(LocalDateTime replyWebhookExpiresAt) {
        this.replyWebhookExpiresAt = replyWebhookExpiresAt;
        return this;
    }

    public String getStatus() {
        return status;
    }

    public OutboxRow setStatus(String status) {
        this.status = status;
        return this;
    }

    public Integer getAttempts() {
        return attempts;
    }

    public OutboxRow setAttempts(Integer attempts) {
        this.attempts = attempts;
        return this;
    }

    public LocalDateTime getNextAttemptAt() {
        return nextAttemptAt;
    }

    public OutboxRow setNextAttemptAt(LocalDateTime nextAttemptAt) {
        this.nextAttemptAt = nextAttemptAt;
        return this;
    }

    public String getLeaseOwner() {
        return leaseOwner;
    }

    public OutboxRow setLeaseOwner(String leaseOwner) {
        this.leaseOwner = leaseOwner;
        return this;
    }

    public LocalDateTime getLeaseUntil() {
        return leaseUntil;
    }

    public OutboxRow setLeaseUntil(LocalDateTime leaseUntil) {
        this.leaseUntil = leaseUntil;
        return this;
    }

    public String getLastError() {
        return lastError;
    }

    public OutboxRow setLastError(String lastError) {
        this.lastError = lastError;
        return this;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public OutboxRow setCreatedAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
        return this;
    }

    public LocalDateTime getSentAt() {
        return sentAt;
    }

    public OutboxRow setSentAt(LocalDateTime sentAt) {
        this.sentAt = sentAt;
        return this;
    }
}
