package cn.jifending.sandbox.internal;

import cn.jifending.bot.BotGateway;
import cn.jifending.bot.CardAction;
import cn.jifending.bot.InboundMessage;
import cn.jifending.bot.InboundMessage.Attachment;
import cn.jifending.dingtalk.ConditionalOnDingTalkMode;
import cn.jifending.dingtalk.DingTalkMode;
import cn.jifending.organization.MemberDirectory;
import cn.jifending.organization.Person;
import cn.jifending.organization.Role;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the console page can do, as a person would in DingTalk: each text, photo or button press is
 * shown in the user's own history and handed to {@link BotGateway} exactly like a DingTalk event.
 */
@Service
@ConditionalOnDingTalkMode(DingTalkMode.SANDBOX)
class SandboxConsole {

    private final SandboxStore store;
    private final BotGateway gateway;
    private final MemberDirectory directory;
    private final SandboxProperties properties;
    private final SandboxGreeting greeting;
    private final Clock clock;

    SandboxConsole(SandboxStore store, BotGateway gateway, MemberDirectory directory, SandboxProperties properties,
                   SandboxGreeting greeting, Clock clock) {
        this.store = store;
        this.greeting = greeting;
        this.gateway = gateway;
        this.directory = directory;
        this.properties = properties;
        this.clock = clock;
    }

    /** A demo user for the picker; roles are {@link Role} names (the page shows Chinese labels). */
    record User(String userId, String name, String branchName, List<String> roles) {
    }

    List<User> users() {
        return properties.demoUsers().stream()
                .map(directory::findByUserId)
                .flatMap(Optional::stream)
                .map(p -> new User(p.userId(), p.name(), p.branchName(), roleNames(p)))
                .toList();
    }

    /** The console's greeting for this user: who they are and three things to try. */
    String greeting(String userId) {
        return greeting.forUser(userId);
    }

    List<SandboxStore.Row> history(String userId) {
        return store.latest(userId, 200);
    }

    @Transactional
    void sendText(String userId, String text) {
        store.add(userId, SandboxStore.FROM_USER, "TEXT", null, text, null, null, null);
        gateway.onMessage(message(userId, text, List.of()));
    }

    @Transactional
    void sendFile(String userId, String fileName, String contentType, byte[] content, boolean picture) {
        String code = "sbx-" + UUID.randomUUID();
        store.saveFile(code, fileName, contentType, content);
        store.add(userId, SandboxStore.FROM_USER, picture ? "PICTURE" : "FILE", fileName, null, null, null, code);
        var kind = picture ? Attachment.Kind.PICTURE : Attachment.Kind.FILE;
        gateway.onMessage(message(userId, "", List.of(new Attachment(kind, code, fileName, false))));
    }

    /** @return false when this user never received that card */
    @Transactional
    /** A button press; {@code inputs} are what the user typed into the card's input fields. */
    boolean press(String userId, String outTrackId, String actionId, String buttonText, Map<String, String> inputs) {
        Optional<SandboxStore.ShownCard> card = store.card(userId, outTrackId);
        if (card.isEmpty()) {
            return false;
        }
        // Like DingTalk: the params the card was sent with win; only the card's declared inputs come from the press.
        Set<String> declared = declaredInputs(card.get().layout());
        Map<String, String> pressed = new java.util.LinkedHashMap<>(card.get().params());
        Map<String, String> typed = new java.util.LinkedHashMap<>();
        if (inputs != null) {
            inputs.forEach((name, value) -> {
                if (name != null && declared.contains(name) && value != null && !value.isBlank()) {
                    typed.put(name, value.strip());
                }
            });
        }
        pressed.putAll(typed);
        store.add(userId, SandboxStore.FROM_USER, "ACTION", null, buttonText, outTrackId, null, null);
        gateway.onCardAction(new CardAction(outTrackId, userId, actionId, pressed, clock.instant(), typed,
                card.get().cardKind(), List.of(userId)));
        return true;
    }

    private static Set<String> declaredInputs(String layout) {
        Set<String> names = new java.util.HashSet<>();
        if (layout != null && !layout.isBlank()) {
            for (var input : tools.jackson.databind.json.JsonMapper.shared().readTree(layout).path("inputs").values()) {
                names.add(input.path("name").asString(""));
            }
        }
        return names;
    }

    Optional<SandboxStore.StoredFile> file(String code) {
        return store.file(code);
    }

    private InboundMessage message(String userId, String text, List<Attachment> attachments) {
        String nick = directory.findByUserId(userId).map(Person::name).orElse("");
        return new InboundMessage("sandbox-" + UUID.randomUUID(), userId, nick, InboundMessage.Conversation.ONE_TO_ONE,
                "", text, attachments, clock.instant());
    }

    private static List<String> roleNames(Person p) {
        return p.roles().stream().sorted().map(Role::name).toList();
    }
}
