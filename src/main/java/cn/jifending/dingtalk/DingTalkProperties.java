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
 *                               {@code /v1.0/card/callbacks/register} and given to every card
 * @param callbackBaseUrl        in http mode, this instance's public base URL (e.g. {@code https://jifen.example.cn});
 *                               the registered card callback is {@code <base>/dingtalk/card/<token>}
 * @param apiEndpoint            the new OpenAPI base ({@code https://api.dingtalk.com})
 * @param oapiEndpoint           the old OpenAPI base ({@code https://oapi.dingtalk.com}), used for contacts
 * @param cardTemplateId         the id of the general card template built once in DingTalk's card builder
 *                               (see {@code src/docs/dingtalk-cards.md}); required in stream and http modes
 * @param cardTemplates          card kind ({@code bot-templates/cards/<kind>.json}) → its own template id
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
        @DefaultValue(DEFAULT_ROUTE_KEY) @NotBlank String cardCallbackRouteKey,
        URI callbackBaseUrl,
        @DefaultValue("https://api.dingtalk.com") @NotNull URI apiEndpoint,
        @DefaultValue("https://oapi.dingtalk.com") @NotNull URI oapiEndpoint,
        String cardTemplateId,
        Map<String, String> cardTemplates,
        @DefaultValue("5s") @NotNull Duration connectTimeout,
        @DefaultValue("10s") @NotNull Duration readTimeout,
        @DefaultValue("5m") @NotNull Duration tokenRefreshMargin,
        @DefaultValue("1h") @NotNull Duration signatureMaxSkew) {

    /** The route key given to cards in http mode when none is configured. */
    public static final String DEFAULT_ROUTE_KEY = "jifending-cards";

    public DingTalkProperties {
        appKey = blankToEmpty(appKey);
        appSecret = blankToEmpty(appSecret);
        robotCode = blankToEmpty(robotCode);
        cardCallbackToken = blankToEmpty(cardCallbackToken);
        cardCallbackRouteKey = cardCallbackRouteKey == null || cardCallbackRouteKey.isBlank()
                ? DEFAULT_ROUTE_KEY : cardCallbackRouteKey.strip();
        cardTemplateId = blankToEmpty(cardTemplateId);
        cardTemplates = cardTemplates == null ? Map.of() : Map.copyOf(cardTemplates);
    }

    /** The template id for a card kind: its own when configured, else the general one. */
    public String cardTemplateId(String cardKind) {
        String own = cardKind == null ? null : cardTemplates.get(cardKind);
        return own == null || own.isBlank() ? cardTemplateId : own.strip();
    }

    /** Fails at startup when a mode that talks to DingTalk lacks the credentials it needs. */
    public void requireCredentials() {
        if (appKey.isEmpty() || appSecret.isEmpty() || robotCode.isEmpty()) {
            throw new IllegalStateException("DingTalk stream/http mode needs jifen.dingtalk.app-key, app-secret and "
                    + "robot-code (DINGTALK_APP_KEY, DINGTALK_APP_SECRET, DINGTALK_ROBOT_CODE)");
        }
    }

    /** Fails at startup when stream/http mode has no card template to send cards with. */
    public void requireCardTemplate() {
        if (cardTemplateId.isEmpty()) {
            throw new IllegalStateException("DingTalk stream/http mode needs jifen.dingtalk.card-template-id "
                    + "(DINGTALK_CARD_TEMPLATE_ID): the id of the general card template built in DingTalk's card "
                    + "builder, see src/docs/dingtalk-cards.md");
        }
    }

    /** Fails at startup when http mode cannot tell DingTalk where to call back. */
    public URI requireCardCallbackUrl() {
        if (callbackBaseUrl == null || callbackBaseUrl.getHost() == null || cardCallbackToken.isEmpty()) {
            throw new IllegalStateException("DingTalk http mode needs jifen.dingtalk.callback-base-url (this "
                    + "instance's public https://host) and jifen.dingtalk.card-callback-token "
                    + "(DINGTALK_CARD_CALLBACK_TOKEN) to register the card callback");
        }
        String base = callbackBaseUrl.toString().replaceAll("/+$", "");
        return URI.create(base + "/dingtalk/card/" + cardCallbackToken);
    }

    private static String blankToEmpty(String value) {
        return value == null ? "" : value.strip();
    }
}
