/**
 * The sandbox chat console (SANDBOX mode, the embedded default): a {@code Messenger} that keeps
 * what the bot sends in {@code sandbox_message}, and the page {@code /sandbox} (static files in
 * {@code src/main/resources/static/sandbox/}) where anyone picks a demo user, talks to the bot and
 * presses card buttons. Everything typed or pressed enters through the same
 * {@link cn.jifending.bot.BotGateway} as DingTalk. This module has no public API.
 */
package cn.jifending.sandbox;
