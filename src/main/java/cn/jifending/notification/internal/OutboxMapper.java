package cn.jifending.notification.internal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/**
 * The {@code outbox_message} table. The row-locking reads of a batch claim are statements of their
 * own: {@code FOR UPDATE SKIP LOCKED} runs on MySQL 8, MariaDB 10.6+ and H2 2.x, and must be called
 * inside a transaction (the locks last until it ends).
 */
@Mapper
public interface OutboxMapper extends BaseMapper<OutboxRow> {

    /** Fails where the database has no {@code SKIP LOCKED}; matches no row where it has. */
    @Select("SELECT id FROM outbox_message WHERE id < 0 ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED")
    List<Long> probeSkipLocked();

    /** Locks rows whose lease ran out, skipping rows another transaction holds. */
    @Select("""
            SELECT id FROM outbox_message WHERE status = 'SENDING' AND lease_until < #{now}
            ORDER BY id LIMIT #{limit} FOR UPDATE SKIP LOCKED""")
    List<Long> lockExpiredLeases(@Param("now") LocalDateTime now, @Param("limit") int limit);

    /** Locks pending rows that are due, oldest due first, skipping rows another transaction holds. */
    @Select("""
            SELECT id FROM outbox_message WHERE status = 'PENDING' AND next_attempt_at <= #{now}
            ORDER BY next_attempt_at, id LIMIT #{limit} FOR UPDATE SKIP LOCKED""")
    List<Long> lockDuePending(@Param("now") LocalDateTime now, @Param("limit") int limit);
}
