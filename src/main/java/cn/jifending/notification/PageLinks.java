package cn.jifending.notification;

/**
 * Links to the application's pages (the H5 micro-app, {@code /h5/...}) as messages and cards carry
 * them: inside DingTalk the in-app form {@code dingtalk://dingtalkclient/page/link?url=..} with the
 * configured base URL, so the page opens in DingTalk's own browser, signed in; in sandbox mode a
 * relative link (the console and the pages share the application's address, whatever its port) that
 * carries the recipient as {@code ?user=<userid>}, which the pages accept in sandbox mode only.
 * Implemented by the {@code pages} module.
 */
public interface PageLinks {

    /**
     * The link to {@code path} (absolute path with its query, e.g. {@code /h5/me}) for a message without
     * one recipient (a group's); in sandbox mode the console adds its own user.
     */
    String link(String path);

    /** The link to {@code path} for the message to {@code recipientUserId} (DingTalk modes: the same as {@link #link}). */
    String link(String path, String recipientUserId);
}
