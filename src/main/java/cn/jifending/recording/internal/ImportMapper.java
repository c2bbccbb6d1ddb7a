package cn.jifending.recording.internal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

/** The {@code rec_import} table. */
@Mapper
public interface ImportMapper extends BaseMapper<ImportRow> {
}
