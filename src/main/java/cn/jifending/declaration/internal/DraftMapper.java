package cn.jifending.declaration.internal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The {@code declaration_draft} table. */
@Mapper
public interface DraftMapper extends BaseMapper<DraftRow> {

    /**
     * Inserts the person's draft or updates their row, in one statement. Not a delete then an
     * insert: under InnoDB's repeatable read, deleting a row that is not there locks the gap, and
     * two people starting a declaration at once then deadlocked on each other's insert.
     * {@code ON DUPLICATE KEY UPDATE} runs on MySQL, MariaDB and H2 in MySQL mode.
     */
    @Insert("""
            INSERT INTO declaration_draft (user_id, member_id, branch_id, item, occurred_on, description, stage,
                                           evidence_ids, source_msg_id, updated_at)
            VALUES (#{d.userId}, #{d.memberId}, #{d.branchId}, #{d.item}, #{d.occurredOn}, #{d.description},
                    #{d.stage}, #{d.evidenceIds}, #{d.sourceMsgId}, #{d.updatedAt})
            ON DUPLICATE KEY UPDATE member_id = #{d.memberId}, branch_id = #{d.branchId}, item = #{d.item},
                occurred_on = #{d.occurredOn}, description = #{d.description}, stage = #{d.stage},
                evidence_ids = #{d.evidenceIds}, source_msg_id = #{d.sourceMsgId}, updated_at = #{d.updatedAt}""")
    int upsert(@Param("d") DraftRow draft);
}
