package cn.jifending;

import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import cn.jifending.audit.internal.AuditLogMapper;
import cn.jifending.ledger.internal.FactMapper;
import com.baomidou.mybatisplus.core.conditions.query.QueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.UpdateWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.baomidou.mybatisplus.extension.conditions.query.QueryChainWrapper;
import com.baomidou.mybatisplus.extension.conditions.update.UpdateChainWrapper;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.core.domain.JavaClass;
import java.util.List;
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

    /**
     * One persistence style: MyBatis-Plus mappers. Plain JDBC stays only in the one measured hot path named
     * here and in src/docs/persistence.md (the scoring scan).
     */
    @Test
    void persistenceIsMyBatisPlusOutsideTheMeasuredHotPaths() {
        noClasses().that().resideInAPackage("cn.jifending..")
                .and().doNotHaveFullyQualifiedName(HOT_PATH_SCORING_SCAN)
                .should().dependOnClassesThat().belongToAnyOf(org.springframework.jdbc.core.simple.JdbcClient.class,
                        org.springframework.jdbc.core.JdbcTemplate.class,
                        org.springframework.jdbc.core.JdbcOperations.class,
                        org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate.class)
                .check(CLASSES);
    }

    /**
     * Typed provenance (src/docs/modules.md, Provenance): the source of a chat message or card press comes from
     * {@code ChatContext.source()} / {@code CardActionContext.source()}, which carry its inbound event; nobody
     * else builds one, nor a {@code Source} from its parts (the audit and ledger stores read theirs back).
     */
    @Test
    void chatAndCardSourcesComeFromTheContexts() {
        noClasses().that().doNotHaveFullyQualifiedName(cn.jifending.bot.ChatContext.class.getName())
                .and().doNotHaveFullyQualifiedName(cn.jifending.bot.CardActionContext.class.getName())
                .and().resideOutsideOfPackage("cn.jifending.audit..")
                .should().callMethod(cn.jifending.audit.Source.class, "chat", String.class, Long.class)
                .orShould().callMethod(cn.jifending.audit.Source.class, "chat", String.class)
                .orShould().callMethod(cn.jifending.audit.Source.class, "cardAction", String.class, String.class, Long.class)
                .orShould().callMethod(cn.jifending.audit.Source.class, "cardAction", String.class, String.class)
                .check(CLASSES);
        noClasses().that().resideOutsideOfPackages("cn.jifending.audit..", "cn.jifending.ledger.internal..")
                .should().callConstructor(cn.jifending.audit.Source.class, cn.jifending.audit.SourceType.class,
                        String.class)
                .orShould().callConstructor(cn.jifending.audit.Source.class, cn.jifending.audit.SourceType.class,
                        String.class, Long.class)
                .check(CLASSES);
    }

    /** Chat handlers, card actions and pages call module APIs; no mapper, wrapper or JDBC in them. */
    @Test
    void noSqlInHandlersOrPages() {
        noClasses().that().implement(cn.jifending.bot.CommandHandler.class)
                .or().implement(cn.jifending.bot.CardActionHandler.class)
                .or().implement(cn.jifending.bot.PendingInteraction.class)
                .or().areAnnotatedWith(org.springframework.stereotype.Controller.class)
                .or().areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                .should().dependOnClassesThat().areAssignableTo(com.baomidou.mybatisplus.core.mapper.BaseMapper.class)
                .orShould().dependOnClassesThat().belongToAnyOf(com.baomidou.mybatisplus.core.toolkit.Wrappers.class,
                        org.springframework.jdbc.core.simple.JdbcClient.class,
                        org.springframework.jdbc.core.JdbcTemplate.class)
                .check(CLASSES);
    }

    /**
     * Typed lambda wrappers only: a column is named by its row's getter ({@code MemberRow::getUserId}),
     * never by a string, so a renamed property fails to compile instead of failing at run time.
     */
    static final ArchRule COLUMNS_BY_GETTER = noClasses().that().resideInAPackage("cn.jifending..")
            .should().dependOnClassesThat().belongToAnyOf(QueryWrapper.class, UpdateWrapper.class,
                    QueryChainWrapper.class, UpdateChainWrapper.class)
            .orShould(callStringColumnQueries())
            .as("no query names a column by a string (QueryWrapper, UpdateWrapper, Wrappers.query/update, *ByMap)");

    @Test
    void queriesNameColumnsByGetterNotByString() {
        COLUMNS_BY_GETTER.check(CLASSES);
    }

    /** The rule above is not vacuous: it catches each kind of string-column query. */
    @Test
    void theColumnRuleCatchesStringColumns() {
        for (Class<?> offender : List.of(StringColumnQuery.class, StringColumnUpdate.class, WrappersQuery.class,
                SelectByMap.class)) {
            assertThat(COLUMNS_BY_GETTER.evaluate(new ClassFileImporter().importClasses(offender)).hasViolation())
                    .as(offender.getSimpleName()).isTrue();
        }
    }

    private static ArchCondition<JavaClass> callStringColumnQueries() {
        return new ArchCondition<>("call Wrappers.query/update or a mapper's *ByMap") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                for (JavaMethodCall call : item.getMethodCallsFromSelf()) {
                    String owner = call.getTargetOwner().getName();
                    String method = call.getName();
                    boolean stringWrapper = owner.equals(Wrappers.class.getName())
                            && (method.equals("query") || method.equals("update"));
                    boolean byMap = method.endsWith("ByMap") && call.getTargetOwner().isAssignableTo(BaseMapper.class);
                    if (stringWrapper || byMap) {
                        events.add(SimpleConditionEvent.satisfied(call, call.getDescription()));
                    }
                }
            }
        };
    }

    private static final class StringColumnQuery {
        Object query() {
            return new QueryWrapper<Object>().eq("user_id", "u1");
        }
    }

    private static final class StringColumnUpdate {
        Object update() {
            return new UpdateWrapper<Object>().set("name", "x");
        }
    }

    private static final class WrappersQuery {
        Object query() {
            return Wrappers.query().eq("user_id", "u1");
        }
    }

    private static final class SelectByMap {
        Object select(BaseMapper<Object> mapper) {
            return mapper.selectByMap(java.util.Map.of("user_id", "u1"));
        }
    }

    /**
     * One naming convention for handlers (src/docs/modules.md): a chat-keyword handler is a {@code *Command},
     * a card-action handler a {@code *CardAction}, a pending interaction (a conversation claiming the next
     * message) a {@code *Reply}; a class is only one of the three.
     */
    @Test
    void handlersAreNamedByTheirKind() {
        classes().that().implement(cn.jifending.bot.CommandHandler.class)
                .should().haveSimpleNameEndingWith("Command")
                .andShould().notImplement(cn.jifending.bot.CardActionHandler.class)
                .andShould().notImplement(cn.jifending.bot.PendingInteraction.class)
                .check(CLASSES);
        classes().that().implement(cn.jifending.bot.CardActionHandler.class)
                .should().haveSimpleNameEndingWith("CardAction")
                .andShould().notImplement(cn.jifending.bot.PendingInteraction.class)
                .check(CLASSES);
        classes().that().implement(cn.jifending.bot.PendingInteraction.class)
                .should().haveSimpleNameEndingWith("Reply")
                .check(CLASSES);
    }

    /**
     * One chat grammar (src/docs/chat-input.md): what a person typed or a card carried is read through
     * ChatInput / CardParams, so no class that sees a chat or card context parses numbers or dates itself.
     */
    @Test
    void chatAndCardInputIsReadThroughChatInput() {
        noClasses().that(seeAChatOrCardContext()).and().resideOutsideOfPackage("cn.jifending.bot")
                .should(callAnyOf(Set.of("java.lang.Integer.parseInt", "java.lang.Long.parseLong",
                        "java.lang.Integer.valueOf", "java.lang.Long.valueOf", "java.time.LocalDate.parse",
                        "java.time.YearMonth.parse", "java.time.Year.parse", "java.math.BigDecimal.<init>")))
                .check(CLASSES);
    }

    private static DescribedPredicate<JavaClass> seeAChatOrCardContext() {
        Set<String> contexts = Set.of(cn.jifending.bot.ChatContext.class.getName(),
                cn.jifending.bot.CardActionContext.class.getName());
        return DescribedPredicate.describe("see a chat or card context", c -> c.getDirectDependenciesFromSelf()
                .stream().anyMatch(d -> contexts.contains(d.getTargetClass().getName())));
    }

    private static ArchCondition<JavaClass> callAnyOf(Set<String> methods) {
        return new ArchCondition<>("parse numbers or dates itself (" + methods + ")") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                java.util.stream.Stream.concat(item.getMethodCallsFromSelf().stream(),
                        item.getConstructorCallsFromSelf().stream()).forEach(call -> {
                    String target = call.getTargetOwner().getName() + "." + call.getName();
                    boolean fromText = call.getTarget().getRawParameterTypes().stream()
                            .anyMatch(t -> t.isEquivalentTo(String.class) || t.isEquivalentTo(CharSequence.class));
                    if (methods.contains(target) && fromText) {
                        events.add(SimpleConditionEvent.satisfied(call, call.getDescription()));
                    }
                });
            }
        };
    }

    /**
     * Refusals only through {@link cn.jifending.bot.Access}: a handler declares who may use it and the routers
     * refuse (src/docs/commands.md). So no handler looks at roles itself, only the routers call the one
     * refusal path, and no per-handler "not allowed" template is left.
     */
    @Test
    void refusalsOnlyThroughAccess() throws Exception {
        noClasses().that().implement(cn.jifending.bot.CommandHandler.class)
                .or().implement(cn.jifending.bot.CardActionHandler.class)
                .or().implement(cn.jifending.bot.PendingInteraction.class)
                .should().dependOnClassesThat().belongToAnyOf(cn.jifending.organization.Role.class)
                .check(CLASSES);
        classes().that().haveFullyQualifiedName("cn.jifending.bot.internal.Refusals")
                .should().onlyHaveDependentClassesThat().haveNameMatching(
                        "cn\\.jifending\\.bot\\.internal\\.(Refusals|MessageRouter|CardActionRouter)(\\$.*)?")
                .check(CLASSES);
        var templates = new org.springframework.core.io.support.PathMatchingResourcePatternResolver();
        assertThat(templates.getResources("classpath*:bot-templates/messages/refused.md")).hasSize(1);
        assertThat(templates.getResources("classpath*:bot-templates/messages/*-not-allowed.md"))
                .extracting(org.springframework.core.io.Resource::getFilename).isEmpty();
    }

    static final String HOT_PATH_SCORING_SCAN = "cn.jifending.ledger.internal.MemberYears";

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
