package cn.jifending.dingtalk.internal;

import cn.jifending.TestMappers;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/** A private in-memory H2 (MySQL mode) holding the {@code dingtalk_card} table of its migration. */
final class CardRegistryDatabase {

    private CardRegistryDatabase() {
    }

    static CardMapper create() {
        DataSource dataSource = new SimpleDriverDataSource(new org.h2.Driver(),
                "jdbc:h2:mem:cards-" + UUID.randomUUID() + ";MODE=MySQL;DB_CLOSE_DELAY=-1", "sa", "");
        new ResourceDatabasePopulator(new FileSystemResource("sql/V61__dingtalk_card.sql")).execute(dataSource);
        return TestMappers.on(dataSource).get(CardMapper.class);
    }

    /** A registry holding one approval card for {@code manager4220}, as {@link PlatformCards} records it. */
    static CardRegistry withApprovalCard(java.time.Clock clock) {
        CardRegistry registry = new CardRegistry(create(), clock);
        registry.created(approvalCard());
        registry.delivered(approvalCard().outTrackId());
        return registry;
    }

    static CardRegistry.Card approvalCard() {
        String layout = """
                {"title":"特色分申报待审批（42号）","markdown":"王五 志愿服务 2分",
                 "inputs":[{"name":"reason","label":"驳回理由"},{"name":"points","label":"调整后的分值"}],
                 "buttons":[{"text":"通过","actionId":"declaration.approve"},
                            {"text":"驳回","actionId":"declaration.reject","style":"danger"}]}""";
        return new CardRegistry.Card("decl-42-approval", "declaration-approval", java.util.List.of("manager4220"),
                null, java.util.Map.of("id", "42", "declarationId", "42", "title", "特色分申报"),
                CardLayout.parse(layout, null).cardParamMap());
    }
}
