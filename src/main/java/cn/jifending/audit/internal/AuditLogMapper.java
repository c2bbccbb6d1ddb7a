package cn.jifending.audit.internal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

/** Insert and select only: nothing in the code base updates or deletes audit rows. */
@Mapper
public interface AuditLogMapper extends BaseMapper<AuditLogRow> {
}
