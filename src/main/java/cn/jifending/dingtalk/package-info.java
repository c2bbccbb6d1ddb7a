/**
 * The DingTalk connection: the only module that imports DingTalk SDKs.
 *
 * <p>{@link cn.jifending.dingtalk.DingTalkMode#resolve} picks the mode from {@code jifen.dingtalk.mode}
 * (else STREAM with credentials, SANDBOX without) and {@link cn.jifending.dingtalk.ConditionalOnDingTalkMode}
 * selects the beans:
 * <ul>
 *   <li>STREAM and HTTP: the OpenAPI {@code Messenger} (robot messages, cards, files, downloads),
 *       {@link cn.jifending.dingtalk.DingTalkContacts}, and the payload parsers;</li>
 *   <li>STREAM only: the Stream client (a {@code SmartLifecycle}) with the robot-message and
 *       card-callback listeners;</li>
 *   <li>HTTP only: {@code POST /dingtalk/robot} (signed) and {@code POST /dingtalk/card/{token}};</li>
 *   <li>SANDBOX: nothing but {@link cn.jifending.dingtalk.DingTalkProperties} (the sandbox module
 *       provides its own {@code Messenger}).</li>
 * </ul>
 * Everything else lives in {@code internal}.
 */
package cn.jifending.dingtalk;
