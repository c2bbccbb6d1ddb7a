package cn.jifending.evaluation.internal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The {@code evaluation_pending_objection} table. */
@Mapper
public interface PendingObjectionMapper extends BaseMapper<PendingObjectionRow> {

    /** One statement, not delete-then-insert (which locks the gap and deadlocks concurrent users). */
    @Insert("""
            INSERT INTO evaluation_pending_objection (user_id, round_id, member_id, created_at)
            VALUES (#{p.userId}, #{p.roundId}, #{p.memberId}, #{p.createdAt})
            ON DUPLICATE KEY UPDATE round_id = #{p.roundId}, member_id = #{p.memberId}, created_at = #{p.createdAt}""")
    int upsert(@Param("p") PendingObjectionRow pending);
}
