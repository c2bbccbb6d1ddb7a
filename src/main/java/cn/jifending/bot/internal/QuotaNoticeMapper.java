package cn.jifending.bot.internal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

/** The {@code delivery_quota_notice} table: append-only, one row per day and channel. */
@Mapper
public interface QuotaNoticeMapper extends BaseMapper<QuotaNoticeRow> {
}
