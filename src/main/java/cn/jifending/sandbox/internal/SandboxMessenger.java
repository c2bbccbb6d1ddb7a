package cn.jifending.sandbox.internal;

import cn.jifending.dingtalk.ConditionalOnDingTalkMode;
import cn.jifending.dingtalk.DingTalkMode;
import cn.jifending.notification.DeliveryException;
import cn.jifending.notification.Messenger;
import cn.jifending.notification.OutgoingMessage;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Delivers into the sandbox console: each recipient's copy is a {@code sandbox_message} row the
 * page shows; a card update rewrites every copy in place; a group message is kept under the user id
 * {@code group:<groupId>}. Downloads read the photos and files uploaded through the page.
 */
@Component
@ConditionalOnDingTalkMode(DingTalkMode.SANDBOX)
class SandboxMessenger implements Messenger {

    private final SandboxStore store;

    SandboxMessenger(SandboxStore store) {
        this.store = store;
    }

    @Override
    public void send(OutgoingMessage m) throws DeliveryException {
        switch (m.kind()) {
            case TEXT, MARKDOWN -> recipients(m).forEach(u ->
                    store.add(u, SandboxStore.FROM_BOT, m.kind().name(), m.title(), m.body(), null, null, null));
            case CARD -> recipients(m).forEach(u ->
                    store.addCard(u, m.title(), m.body(), m.outTrackId(), m.cardKind(), m.cardParams()));
            case CARD_UPDATE -> {
                if (store.updateCard(m.outTrackId(), m.title(), m.body(), m.cardKind(), m.cardParams()) == 0) {
                    throw new DeliveryException("No card " + m.outTrackId() + " was delivered in the sandbox", false);
                }
            }
            case FILE -> {
                String code = "sbx-" + UUID.randomUUID();
                store.saveFile(code, m.title(), "application/octet-stream", m.fileBytes());
                recipients(m).forEach(u -> store.add(u, SandboxStore.FROM_BOT, "FILE", m.title(), null, null, null, code));
            }
            case IMAGE -> {
                String code = "sbx-" + UUID.randomUUID();
                store.saveFile(code, m.title(), "image/png", m.fileBytes());
                recipients(m).forEach(u -> store.add(u, SandboxStore.FROM_BOT, "IMAGE", m.title(), null, null, null, code));
            }
        }
    }

    private static List<String> recipients(OutgoingMessage m) throws DeliveryException {
        if (!m.userIds().isEmpty()) {
            return m.userIds();
        }
        if (m.groupId() != null && !m.groupId().isBlank()) {
            return List.of("group:" + m.groupId());
        }
        throw new DeliveryException("Message " + m.id() + " has no recipient", false);
    }

    @Override
    public byte[] download(String downloadCode) throws DeliveryException {
        return store.file(downloadCode)
                .orElseThrow(() -> new DeliveryException("No sandbox file " + downloadCode, false))
                .content();
    }
}
