package cn.jifending.declaration.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jifending.bot.InboundLimits;
import org.junit.jupiter.api.Test;

class ConfirmCardActionTests {

    @Test
    void aPressStandsForATextWithAnIdWithinTheBound() {
        assertThat(ConfirmCardAction.pressId("draft-msgTnJ5U0mHvQ1kB3x8hQ9fLw==", "declaration.confirm"))
                .isEqualTo("draft-draft-msgTnJ5U0mHvQ1kB3x8hQ9fLw==:declaration.confirm");

        String longest = ConfirmCardAction.PREFIX + "m".repeat(InboundLimits.MSG_ID);
        String id = ConfirmCardAction.pressId(longest, "declaration.confirm");
        assertThat(id).startsWith(ConfirmCardAction.PREFIX).hasSizeLessThanOrEqualTo(InboundLimits.MSG_ID)
                .isEqualTo(ConfirmCardAction.pressId(longest, "declaration.confirm"))
                .isNotEqualTo(ConfirmCardAction.pressId(longest, "declaration.cancel"));
    }
}
