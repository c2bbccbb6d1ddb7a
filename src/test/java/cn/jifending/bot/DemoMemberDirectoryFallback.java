package cn.jifending.bot;

import cn.jifending.organization.MemberDirectory;
import cn.jifending.organization.Person;
import cn.jifending.organization.Role;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Test-only stand-in for the organization module's directory, with the demo users the seed will
 * have. Registered as a test auto-configuration (META-INF/spring/…AutoConfiguration.imports in
 * src/test/resources) so it backs off as soon as the real {@link MemberDirectory} bean exists.
 */
@AutoConfiguration
public class DemoMemberDirectoryFallback {

    public static final long BRANCH = 1L;
    public static final String BRANCH_NAME = "第一党支部";

    static final Map<String, Person> PEOPLE = Map.of(
            "demo-secretary", new Person(1, "demo-secretary", "王书记", BRANCH, BRANCH_NAME, false,
                    Set.of(Role.MEMBER, Role.SECRETARY, Role.BRANCH_COMMITTEE_MEMBER)),
            "demo-recorder", new Person(2, "demo-recorder", "李记录", BRANCH, BRANCH_NAME, false,
                    Set.of(Role.MEMBER, Role.RECORDER)),
            "demo-member-1", new Person(3, "demo-member-1", "张党员", BRANCH, BRANCH_NAME, false, Set.of(Role.MEMBER)),
            "demo-member-2", new Person(4, "demo-member-2", "赵党员", BRANCH, BRANCH_NAME, false, Set.of(Role.MEMBER)),
            "demo-admin", new Person(5, "demo-admin", "陈管理员", null, null, false, Set.of(Role.COMMITTEE_ADMIN)),
            "demo-probationary", new Person(6, "demo-probationary", "孙预备", BRANCH, BRANCH_NAME, true,
                    Set.of(Role.MEMBER)));

    @Bean
    @ConditionalOnMissingBean(MemberDirectory.class)
    MemberDirectory demoMemberDirectory() {
        return userId -> Optional.ofNullable(PEOPLE.get(userId));
    }
}
