/**
 * Pages inside DingTalk (an H5 micro-app served by the application): {@code /h5/me} (my year),
 * {@code /h5/branch} (the branch's members × months), {@code /h5/publicity} (the branch's 公示, with
 * 提出异议) and {@code /h5/committee} (every branch, for the 机关党委). Server-rendered (Thymeleaf,
 * templates under {@code templates/h5/}) with ECharts from its webjar; every figure comes from the
 * same module APIs as the chat commands. Sign-in: DingTalk's JSAPI code exchanged through
 * {@link cn.jifending.organization.AuthCodes}, or {@code ?user=} in sandbox mode only; the session is
 * an HMAC-signed cookie. Implements {@link cn.jifending.notification.PageLinks}.
 */
package cn.jifending.pages;
