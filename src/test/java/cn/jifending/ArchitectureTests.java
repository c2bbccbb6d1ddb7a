package cn.jifending;

import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import cn.jifending.audit.internal.AuditLogMapper;
import cn.jifending.ledger.internal.FactMapper;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.core.domain.JavaClass;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Rules of src/docs/modules.md and src/docs/recompute.md that Spring Modulith does not check. */
class ArchitectureTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.jifending");

    /** A rule over no classes passes vacuously: prove the importer found the code the rules speak of. */
    @Test
    void theRulesSeeTheApplicationClasses() {
        assertThat(CLASSES.contain("cn.jifending.JifenApplication")).isTrue();
        assertThat(CLASSES.contain("cn.jifending.dingtalk.internal.DingTalkMessenger")).isTrue();
        assertThat(CLASSES.size()).isGreaterThan(20);
    }

    @Test
    void scoringIsPlainJava() {
        noClasses().that().resideInAPackage("cn.jifending.scoring..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.baomidou..",
                        "com.aliyun..", "com.dingtalk..", "tools.jackson..", "com.fasterxml..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void onlyTheDingTalkModuleUsesDingTalkSdks() {
        noClasses().that().resideOutsideOfPackage("cn.jifending.dingtalk..")
                .should().dependOnClassesThat().resideInAnyPackage("com.aliyun.dingtalk..", "com.dingtalk.open..",
                        "com.aliyun.tea..")
                .check(CLASSES);
    }

    @Test
    void noGenericPackagesAtModuleTopLevel() {
        for (String name : Set.of("util", "utils", "impl", "controller", "service", "mapper")) {
            noClasses().should().resideInAPackage("cn.jifending.*." + name + "..")
                    .allowEmptyShould(true)
                    .check(CLASSES);
        }
        noClasses().should().resideInAPackage("..util..").allowEmptyShould(true).check(CLASSES);
    }

    @Test
    void nothingUpdatesOrDeletesLedgerFactsOrAuditRows() {
        noClasses().should(callUpdateOrDeleteOn(FactMapper.class, AuditLogMapper.class)).check(CLASSES);
    }

    private static ArchCondition<JavaClass> callUpdateOrDeleteOn(Class<?>... mappers) {
        return new ArchCondition<>("call an update or delete method of " + Set.of(mappers)) {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                for (JavaMethodCall call : item.getMethodCallsFromSelf()) {
                    String owner = call.getTargetOwner().getName();
                    String method = call.getName().toLowerCase(Locale.ROOT);
                    boolean mapper = Set.of(mappers).stream().anyMatch(m -> m.getName().equals(owner));
                    if (mapper && (method.startsWith("update") || method.startsWith("delete")
                            || method.startsWith("insertorupdate") || method.startsWith("save"))) {
                        events.add(SimpleConditionEvent.satisfied(call, call.getDescription()));
                    }
                }
            }
        };
    }
}
