package cn.jifending.declaration.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jifending.bot.InboundLimits;
import org.junit.jupiter.api.Test;

class ConfirmCardsTests {

    @Test
    void aPressStandsForATextWithAnIdWithinTheBound() {
        assertThat(ConfirmCards.pressId("draft-msgTnJ5U0mHvQ1kB3x8hQ9fLw==", "declaration.confirm"))
                .isEqualTo("draft-draft-msgTnJ5U0mHvQ1kB3x8hQ9fLw==:declaration.confirm");

        String longest = ConfirmCards.PREFIX + "m".repeat(InboundLimits.MSG_ID);
        String id = ConfirmCards.pressId(longest, "declaration.confirm");
        assertThat(id).startsWith(ConfirmCards.PREFIX).hasSizeLessThanOrEqualTo(InboundLimits.MSG_ID)
                .isEqualTo(ConfirmCards.pressId(longest, "declaration.confirm"))
                .isNotEqualTo(ConfirmCards.pressId(longest, "declaration.cancel"));
    }
}
