package cn.jifending.recording.internal;

import java.util.Arrays;
import java.util.List;

/** Splits command arguments into words: spaces, Chinese commas and enumeration marks separate; @ starts a name. */
final class ChatWords {

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
