package cn.jifending.bot.internal;

import com.baomidou.mybatisplus.annotation.TableName;
import java.time.Instant;
import java.time.LocalDate;

/** Row of {@code delivery_quota_notice}: its primary key (notice day, channel) lets one notice a day through. */
@TableName("delivery_quota_notice")
public class QuotaNoticeRow {

    private LocalDate noticeDay;
    private String channel;
    private String api;
    private Instant createdAt;

    public LocalDate getNoticeDay() {
        return noticeDay;
    }

    public QuotaNoticeRow setNoticeDay(LocalDate noticeDay) {
        this.noticeDay = noticeDay;
        return this;
    }

    public String getChannel() {
        return channel;
    }

    public QuotaNoticeRow setChannel(String channel) {
        this.channel = channel;
        return this;
    }

    public String getApi() {
        return api;
    }

    public QuotaNoticeRow setApi(String api) {
        this.api = api;
        return this;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public QuotaNoticeRow setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
        return this;
    }
}
