package cn.jifending.sandbox.internal;

import cn.jifending.dingtalk.ConditionalOnDingTalkMode;
import cn.jifending.dingtalk.DingTalkMode;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The {@code sandbox_message} (what each user saw and sent) and {@code sandbox_file} tables. */
@Component
@ConditionalOnDingTalkMode(DingTalkMode.SANDBOX)
class SandboxStore {

    static final String FROM_BOT = "BOT";
    static final String FROM_USER = "USER";
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() {
    };

    private static final String CARD = "CARD";

    private final SandboxMessageMapper messages;
    private final SandboxFileMapper files;
    private final JsonMapper json;
    private final Clock clock;

    SandboxStore(SandboxMessageMapper messages, SandboxFileMapper files, JsonMapper json, Clock clock) {
        this.messages = messages;
        this.files = files;
        this.json = json;
        this.clock = clock;
    }

    record Row(long id, String userId, String direction, String kind, String title, String body,
               String outTrackId, String fileCode, LocalDateTime createdAt) {
    }

    record StoredFile(String fileName, String contentType, byte[] content) {
    }

    void add(String userId, String direction, String kind, String title, String body, String outTrackId,
             Map<String, String> cardParams, String fileCode) {
        messages.insert(new SandboxMessageRow().setUserId(userId).setDirection(direction).setKind(kind)
                .setTitle(title).setBody(body).setOutTrackId(outTrackId)
                .setCardParams(cardParams == null ? null : json.writeValueAsString(cardParams))
                .setFileCode(fileCode).setCreatedAt(now()));
    }

    /** A card shown to a user, with its kind. */
    void addCard(String userId, String title, String layout, String outTrackId, String cardKind,
                 Map<String, String> cardParams) {
        add(userId, FROM_BOT, CARD, title, layout, outTrackId, cardParams, null);
        messages.update(Wrappers.lambdaUpdate(SandboxMessageRow.class)
                .set(SandboxMessageRow::getCardKind, cardKind)
                .eq(SandboxMessageRow::getOutTrackId, outTrackId).eq(SandboxMessageRow::getKind, CARD));
    }

    /** Updates every copy of a card in place; @return how many copies there were. */
    int updateCard(String outTrackId, String title, String layout, String cardKind, Map<String, String> cardParams) {
        return messages.update(Wrappers.lambdaUpdate(SandboxMessageRow.class)
                .set(SandboxMessageRow::getTitle, title).set(SandboxMessageRow::getBody, layout)
                .set(SandboxMessageRow::getCardParams, json.writeValueAsString(cardParams))
                .set(SandboxMessageRow::getCardKind, cardKind)
                .eq(SandboxMessageRow::getOutTrackId, outTrackId).eq(SandboxMessageRow::getKind, CARD));
    }

    /** A card as this user holds it: its params, kind and rendered layout. */
    record ShownCard(Map<String, String> params, String cardKind, String layout) {
    }

    /** The card this user received, if they received it. */
    Optional<ShownCard> card(String userId, String outTrackId) {
        return lastCopy(userId, outTrackId)
                .map(r -> new ShownCard(json.readValue(r.getCardParams(), STRING_MAP), r.getCardKind(), r.getBody()));
    }

    List<Row> latest(String userId, int limit) {
        List<SandboxMessageRow> newestFirst = messages.selectList(Wrappers.lambdaQuery(SandboxMessageRow.class)
                .select(SandboxMessageRow::getId, SandboxMessageRow::getUserId, SandboxMessageRow::getDirection,
                        SandboxMessageRow::getKind, SandboxMessageRow::getTitle, SandboxMessageRow::getBody,
                        SandboxMessageRow::getOutTrackId, SandboxMessageRow::getFileCode,
                        SandboxMessageRow::getCreatedAt)
                .eq(SandboxMessageRow::getUserId, userId).orderByDesc(SandboxMessageRow::getId)
                .last("LIMIT " + limit));
        List<Row> oldestFirst = new ArrayList<>(newestFirst.stream()
                .map(r -> new Row(r.getId(), r.getUserId(), r.getDirection(), r.getKind(), r.getTitle(), r.getBody(),
                        r.getOutTrackId(), r.getFileCode(), r.getCreatedAt()))
                .toList());
        Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    /** The params of the card this user received, if they received it. */
    Optional<Map<String, String>> cardParams(String userId, String outTrackId) {
        return lastCopy(userId, outTrackId).map(SandboxMessageRow::getCardParams)
                .map(s -> json.readValue(s, STRING_MAP));
    }

    void saveFile(String code, String fileName, String contentType, byte[] content) {
        files.insert(new SandboxFileRow().setCode(code).setFileName(fileName).setContentType(contentType)
                .setContent(content).setCreatedAt(now()));
    }

    Optional<StoredFile> file(String code) {
        return Optional.ofNullable(files.selectById(code))
                .map(f -> new StoredFile(f.getFileName(), f.getContentType(), f.getContent()));
    }

    /** The latest copy of that card this user received. */
    private Optional<SandboxMessageRow> lastCopy(String userId, String outTrackId) {
        return Optional.ofNullable(messages.selectOne(Wrappers.lambdaQuery(SandboxMessageRow.class)
                .select(SandboxMessageRow::getCardParams, SandboxMessageRow::getCardKind, SandboxMessageRow::getBody)
                .eq(SandboxMessageRow::getUserId, userId).eq(SandboxMessageRow::getOutTrackId, outTrackId)
                .eq(SandboxMessageRow::getKind, CARD).orderByDesc(SandboxMessageRow::getId).last("LIMIT 1")));
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZONE);
    }
}
