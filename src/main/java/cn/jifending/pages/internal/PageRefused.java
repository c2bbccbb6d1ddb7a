package cn.jifending.pages.internal;

/** The signed-in person may not see this page or this branch: answered 403 with a Chinese page. */
final class PageRefused extends RuntimeException {

    PageRefused(String reason) {
        super(reason);
    }
}
