package cn.jifending.dingtalk.internal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The {@code dingtalk_card} table. */
@Mapper
public interface CardMapper extends BaseMapper<CardRow> {

    /**
     * Records a card about to be created, or again (same outTrackId) when its create is retried: the
     * retry's kind, recipients, params and card data win; when it was first recorded and whether
     * DingTalk already accepted it stay. {@code ON DUPLICATE KEY UPDATE} runs on MySQL, MariaDB and
     * H2 in MySQL mode.
     */
    @Insert("""
            INSERT INTO dingtalk_card (out_track_id, card_kind, recipients, group_id, card_params, card_data,
                                       created_at, updated_at)
            VALUES (#{c.outTrackId}, #{c.cardKind}, #{c.recipients}, #{c.groupId}, #{c.cardParams}, #{c.cardData},
                    #{c.createdAt}, #{c.updatedAt})
            ON DUPLICATE KEY UPDATE card_kind = #{c.cardKind}, recipients = #{c.recipients}, group_id = #{c.groupId},
                card_params = #{c.cardParams}, card_data = #{c.cardData}, updated_at = #{c.updatedAt}""")
    int upsert(@Param("c") CardRow card);
}
