package cn.jifending.recording.internal;

import java.util.Arrays;
import java.util.List;

/** Splits command arguments into words: spaces, Chinese commas and enumeration marks separate; @ starts a name. */
final class ChatWords {

    /** The keyword of a meeting's record ({@link MeetingCommand}), which a sign-in sheet may come with. */
    static final String RECORD = "记录";
    /** Marks an id may be written with before its number (#12, ＃12). */
    static final java.util.regex.Pattern ID_LIKE = java.util.regex.Pattern.compile("[#＃]?\\d{1,12}");
    /** What a name may be written with around it: a leading @ (either width), trailing punctuation. */
    static final java.util.regex.Pattern AT = java.util.regex.Pattern.compile("^[@＠]+");
    static final java.util.regex.Pattern NAME_TAIL = java.util.regex.Pattern.compile("[，,、:：;；]+$");

    private ChatWords() {
    }

    static List<String> of(String arguments) {
        String spaced = arguments.replace("@", " @").replace("＠", " @");
        return Arrays.stream(spaced.split("[\\s\\u3000，,、；;]+"))
                .map(w -> w.replaceAll("[:：]+$", "").strip())
                .filter(w -> !w.isEmpty())
                .toList();
    }
}
