package cn.jifending.bot.internal;

import java.util.regex.Pattern;

/** @mentions as people type them: {@code @张三}, ended by a space, another @ or a comma, 、, ; or : (either width). */
public final class MentionWords {

    /** One @mention; group 1 is the name. */
    public static final Pattern MENTION = Pattern.compile("@([^\\s@,，、;；:：]+)");

    private MentionWords() {
    }
}
