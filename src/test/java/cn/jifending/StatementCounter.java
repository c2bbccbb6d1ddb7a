package cn.jifending;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the application sends, on the thread that asks: the application's
 * {@link DataSource} is wrapped so that every {@code prepareStatement}, {@code prepareCall} and
 * {@code createStatement} of its connections is counted for the calling thread (a MockMvc request runs
 * on the test's thread; background threads are not counted). Import it
 * as {@code @Import({MutableClock.Config.class, StatementCounter.Config.class})}: the tests that count then
 * share one Spring context.
 */
public final class StatementCounter {

    private static final ThreadLocal<AtomicLong> COUNT = ThreadLocal.withInitial(AtomicLong::new);

    private StatementCounter() {
    }

    /** The statements this thread sent while running {@code work}. */
    public static long during(Runnable work) {
        long before = COUNT.get().get();
        work.run();
        return COUNT.get().get() - before;
    }

    private static DataSource counting(DataSource target) {
        return (DataSource) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, forward(target, (method, result) -> {
                    if (method.getName().equals("getConnection")) {
                        return counting((Connection) result);
                    }
                    return result;
                }));
    }

    private static Connection counting(Connection target) {
        return (Connection) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
                new Class<?>[] {Connection.class}, forward(target, (method, result) -> {
                    String name = method.getName();
                    if (name.equals("prepareStatement") || name.equals("prepareCall")
                            || name.equals("createStatement")) {
                        COUNT.get().incrementAndGet();
                    }
                    return result;
                }));
    }

    private interface After {
        Object apply(Method method, Object result);
    }

    private static InvocationHandler forward(Object target, After after) {
        return (proxy, method, args) -> {
            if (method.getName().equals("unwrap") && args != null && args[0] instanceof Class<?> c
                    && c.isInstance(target)) {
                return target;
            }
            try {
                return after.apply(method, method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        public static BeanPostProcessor countingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    return bean instanceof DataSource ds && !Proxy.isProxyClass(ds.getClass()) ? counting(ds) : bean;
                }
            };
        }
    }
}
