package cn.jifending.ledger.internal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import java.time.LocalDate;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.cursor.Cursor;

/**
 * Facts are inserted and selected only. {@code ArchitectureTests} fails the build if any code
 * calls an update or delete method of this mapper.
 */
@Mapper
public interface FactMapper extends BaseMapper<FactRow> {

    @Select("SELECT * FROM ledger_fact WHERE branch_id = #{branchId} AND occurred_on BETWEEN #{from} AND #{to}"
            + " ORDER BY member_id, id")
    Cursor<FactRow> scanBranch(@Param("branchId") long branchId, @Param("from") LocalDate from,
                               @Param("to") LocalDate to);
}
