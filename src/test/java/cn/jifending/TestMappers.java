package cn.jifending;

import com.baomidou.mybatisplus.core.MybatisConfiguration;
import com.baomidou.mybatisplus.core.MybatisSqlSessionFactoryBuilder;
import javax.sql.DataSource;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.SqlSessionFactory;
import org.mybatis.spring.SqlSessionTemplate;
import org.mybatis.spring.transaction.SpringManagedTransactionFactory;

/**
 * MyBatis-Plus mappers on a plain {@link DataSource} (one of {@link BothDatabases}), without a
 * Spring context: the same configuration the application has (underscores to camel case, Spring's
 * exception translation), each call its own committed statement unless a Spring transaction runs.
 * For store tests that check one statement on both databases.
 */
public final class TestMappers {

    private final MybatisConfiguration configuration;
    private final SqlSessionTemplate session;

    private TestMappers(DataSource dataSource) {
        configuration = new MybatisConfiguration(
                new Environment("test", new SpringManagedTransactionFactory(), dataSource));
        configuration.setMapUnderscoreToCamelCase(true);
        SqlSessionFactory factory = new MybatisSqlSessionFactoryBuilder().build(configuration);
        session = new SqlSessionTemplate(factory);
    }

    public static TestMappers on(DataSource dataSource) {
        return new TestMappers(dataSource);
    }

    /** The mapper of that interface, registered on first use. */
    public synchronized <M> M get(Class<M> mapper) {
        if (!configuration.hasMapper(mapper)) {
            configuration.addMapper(mapper);
        }
        return session.getMapper(mapper);
    }
}
