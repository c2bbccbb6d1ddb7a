package cn.jifending.ledger.internal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface LockMapper extends BaseMapper<LockRow> {
}
