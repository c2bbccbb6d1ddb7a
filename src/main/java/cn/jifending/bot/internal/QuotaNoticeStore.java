package cn.jifending.bot.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Repository;

/** The {@code delivery_quota_notice} table: the days on which the committee admins were told a channel's quota ran out. */
@Repository
class QuotaNoticeStore {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final QuotaNoticeMapper notices;

    QuotaNoticeStore(QuotaNoticeMapper notices) {
        this.notices = notices;
    }

    /**
     * Records the notice of the day {@code at} falls on (Shanghai time) for {@code channel}; a second one
     * that day, from this instance or another, fails with {@link org.springframework.dao.DuplicateKeyException}.
     */
    void record(String channel, String api, Instant at) {
        notices.insert(new QuotaNoticeRow().setNoticeDay(LocalDate.ofInstant(at, SHANGHAI)).setChannel(channel)
                .setApi(api.length() > 200 ? api.substring(0, 200) : api).setCreatedAt(at));
    }
}
