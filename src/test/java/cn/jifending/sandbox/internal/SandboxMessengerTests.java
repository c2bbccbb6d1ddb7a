package cn.jifending.sandbox.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jifending.MariaDbTestBase;
import cn.jifending.notification.DeliveryException;
import cn.jifending.notification.Messenger;
import cn.jifending.notification.OutgoingMessage;
import cn.jifending.notification.OutgoingMessage.Kind;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SandboxMessengerTests extends MariaDbTestBase {

    @Autowired Messenger messenger;
    @Autowired SandboxStore store;
    @Autowired SandboxConsole console;

    @Test
    void theSandboxIsTheMessengerInSandboxMode() {
        assertThat(messenger).isInstanceOf(SandboxMessenger.class);
    }

    @Test
    void eachRecipientSeesTheMessageAndACardUpdateRewritesEveryCopy() throws Exception {
        String a = "sbx-a-" + UUID.randomUUID();
        String b = "sbx-b-" + UUID.randomUUID();
        String track = "track-" + UUID.randomUUID();
        messenger.send(new OutgoingMessage(1, Kind.MARKDOWN, List.of(a, b), null, "标题", "**你好**", null, null, null, null));
        messenger.send(new OutgoingMessage(2, Kind.CARD, List.of(a, b), null, "通知", "{\"title\":\"通知\"}", "notice",
                track, Map.of("title", "通知"), null));
        messenger.send(new OutgoingMessage(3, Kind.CARD_UPDATE, List.of(), null, "通知", "{\"title\":\"已确认\"}",
                "notice-acknowledged", track, Map.of("title", "通知", "acknowledgedBy", "王书记"), null));

        for (String user : List.of(a, b)) {
            assertThat(store.latest(user, 10)).extracting(SandboxStore.Row::kind).containsExactly("MARKDOWN", "CARD");
            assertThat(store.latest(user, 10).get(1).body()).contains("已确认");
            assertThat(store.cardParams(user, track)).hasValueSatisfying(p -> assertThat(p).containsEntry("acknowledgedBy", "王书记"));
        }
    }

    @Test
    void updatingACardNobodyReceivedIsNotRetried() {
        assertThatThrownBy(() -> messenger.send(new OutgoingMessage(4, Kind.CARD_UPDATE, List.of(), null, "x", "{}",
                "notice", "never-sent-" + UUID.randomUUID(), Map.of(), null)))
                .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.retryable()).isFalse());
    }

    @Test
    void anUploadedPhotoReachesTheBotAndCanBeDownloaded() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};
        console.sendFile("demo-member-2", "现场.png", "image/png", png, true);

        SandboxStore.Row sent = store.latest("demo-member-2", 200).stream()
                .filter(r -> "PICTURE".equals(r.kind())).reduce((x, y) -> y).orElseThrow();
        assertThat(messenger.download(sent.fileCode())).containsExactly(png);
        assertThatThrownBy(() -> messenger.download("no-such-code")).isInstanceOf(DeliveryException.class);
    }
}
