package cn.jifending.organization.internal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface MemberMapper extends BaseMapper<MemberRow> {

    /**
     * The member with that user id, joined to each spell active on that day (with its branch name)
     * and each role they hold: one row per spell and role, ordered by the spell's joining day, then
     * spell, then role. One statement, not one query per table: every inbound message asks this.
     */
    @Select("""
            SELECT m.id, m.user_id, m.name, m.probationary, m.joined_on, m.converted_on,
                   s.branch_id, b.name AS branch_name, r.role, r.branch_id AS role_branch_id
            FROM org_member m
            LEFT JOIN org_membership s ON s.member_id = m.id AND s.joined_on <= #{on}
                 AND (s.left_on IS NULL OR s.left_on >= #{on})
            LEFT JOIN org_branch b ON b.id = s.branch_id
            LEFT JOIN org_role r ON r.member_id = m.id
            WHERE m.user_id = #{userId}
            ORDER BY s.joined_on, s.id, r.id""")
    List<PersonLookupRow> lookup(@Param("userId") String userId, @Param("on") LocalDate on);
}
