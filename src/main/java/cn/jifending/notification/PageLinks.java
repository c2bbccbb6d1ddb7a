package cn.jifending.notification;

/**
 * Links to the application's pages (the H5 micro-app, {@code /h5/...}) as messages and cards carry
 * them: inside DingTalk the in-app form {@code dingtalk://dingtalkclient/page/link?url=..} so the page
 * opens in DingTalk's own browser, signed in; in sandbox mode the plain address. Implemented by the
 * {@code pages} module.
 */
public interface PageLinks {

    /** The link to {@code path} (absolute path with its query, e.g. {@code /h5/me}). */
    String link(String path);
}
