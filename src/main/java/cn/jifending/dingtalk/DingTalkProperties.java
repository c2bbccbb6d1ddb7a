package cn.jifending.dingtalk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the application talks to DingTalk ({@code jifen.dingtalk.*}). Secrets come from the
 * environment ({@code DINGTALK_APP_KEY}, {@code DINGTALK_APP_SECRET}, {@code DINGTALK_ROBOT_CODE},
 * {@code DINGTALK_CARD_CALLBACK_TOKEN}); no file holds them.
 *
 * @param mode                   sandbox, stream or http; blank lets {@link DingTalkMode#resolve} decide
 * @param appKey                 the app's AppKey (client id); required in stream and http modes
 * @param appSecret              the app's AppSecret; also the key of the HTTP-mode robot signature
 * @param robotCode              the robot code used for sending and file download
 * @param cardCallbackToken      the secret path segment of {@code POST /dingtalk/card/{token}}
 * @param cardCallbackRouteKey   in http mode, the route key registered with
 *                               {@code /v1.0/card/callbacks/register}; blank = none
 * @param apiEndpoint            the new OpenAPI base ({@code https://api.dingtalk.com})
 * @param oapiEndpoint           the old OpenAPI base ({@code https://oapi.dingtalk.com}), used for contacts
 * @param defaultCardTemplateId  the card template of a card kind without its own: {@code StandardCard}
 *                               (the default) means DingTalk's built-in robot interactive card, laid out
 *                               from the kind's {@code bot-templates/cards/} layout; any other value is a
 *                               custom template id (card platform) filled with the card's params
 * @param cardTemplates          card kind ({@code bot-templates/cards/<kind>.json}) → custom template id
 * @param connectTimeout         connect timeout of every OpenAPI call
 * @param readTimeout            read timeout of every OpenAPI call and file fetch
 * @param tokenRefreshMargin     how long before its expiry the access token is refreshed
 * @param signatureMaxSkew       how far an HTTP-mode robot callback's timestamp may be from now
 */
@Validated
@ConfigurationProperties("jifen.dingtalk")
public record DingTalkProperties(
        DingTalkMode mode,
        String appKey,
        String appSecret,
        String robotCode,
        String cardCallbackToken,
        String cardCallbackRouteKey,
        @DefaultValue("https://api.dingtalk.com") @NotNull URI apiEndpoint,
        @DefaultValue("https://oapi.dingtalk.com") @NotNull URI oapiEndpoint,
        @DefaultValue(BUILT_IN_CARD_TEMPLATE) @NotBlank String defaultCardTemplateId,
        Map<String, String> cardTemplates,
        @DefaultValue("5s") @NotNull Duration connectTimeout,
        @DefaultValue("10s") @NotNull Duration readTimeout,
        @DefaultValue("5m") @NotNull Duration tokenRefreshMargin,
        @DefaultValue("1h") @NotNull Duration signatureMaxSkew) {

    /** DingTalk's built-in message-card template, used when no custom template is configured. */
    public static final String BUILT_IN_CARD_TEMPLATE = "StandardCard";

    public DingTalkProperties {
        appKey = blankToEmpty(appKey);
        appSecret = blankToEmpty(appSecret);
        robotCode = blankToEmpty(robotCode);
        cardCallbackToken = blankToEmpty(cardCallbackToken);
        cardCallbackRouteKey = blankToEmpty(cardCallbackRouteKey);
        cardTemplates = cardTemplates == null ? Map.of() : Map.copyOf(cardTemplates);
    }

    /** The template id for a card kind: its own when configured, else the default. */
    public String cardTemplateId(String cardKind) {
        String own = cardKind == null ? null : cardTemplates.get(cardKind);
        return own == null || own.isBlank() ? defaultCardTemplateId : own.strip();
    }

    /** Whether a card kind goes out as DingTalk's built-in StandardCard rather than a custom template. */
    public boolean usesBuiltInCard(String cardKind) {
        return BUILT_IN_CARD_TEMPLATE.equals(cardTemplateId(cardKind));
    }

    /** Fails at startup when a mode that talks to DingTalk lacks the credentials it needs. */
    public void requireCredentials() {
        if (appKey.isEmpty() || appSecret.isEmpty() || robotCode.isEmpty()) {
            throw new IllegalStateException("DingTalk stream/http mode needs jifen.dingtalk.app-key, app-secret and "
                    + "robot-code (DINGTALK_APP_KEY, DINGTALK_APP_SECRET, DINGTALK_ROBOT_CODE)");
        }
    }

    private static String blankToEmpty(String value) {
        return value == null ? "" : value.strip();
    }
}
