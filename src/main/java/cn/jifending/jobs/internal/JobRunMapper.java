package cn.jifending.jobs.internal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface JobRunMapper extends BaseMapper<JobRunRow> {
}
