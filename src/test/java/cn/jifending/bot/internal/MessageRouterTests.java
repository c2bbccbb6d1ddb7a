package cn.jifending.bot.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jifending.bot.Access;
import cn.jifending.bot.ChatContext;
import cn.jifending.bot.CommandHandler;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MessageRouterTests {

    record Handler(Set<String> keywords, Access access) implements CommandHandler {
        Handler(Set<String> keywords) {
            this(keywords, Access.anyone());
        }

        @Override
        public void handle(ChatContext ctx) {
        }
    }

    @Test
    void twoHandlersClaimingOneKeywordStopTheApplication() {
        assertThatThrownBy(() -> new MessageRouter(List.of(),
                List.of(new Handler(Set.of("积分")), new Handler(Set.of("我的积分", "积分"))), null, null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("积分");
    }

    @Test
    void keywordsClashCaseInsensitively() {
        assertThatThrownBy(() -> new MessageRouter(List.of(), List.of(new Handler(Set.of("Help")),
                new Handler(Set.of("help"))), null, null)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aKeywordWithoutARuleInItsAccessStopsTheApplication() {
        assertThatThrownBy(() -> new MessageRouter(List.of(), List.of(new Handler(Set.of("开始考评", "季度积分"),
                Access.each(Map.of("季度积分", Access.anyone())))), null, null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("开始考评");
    }
}
