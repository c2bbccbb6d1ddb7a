package cn.jifending.recording.internal;

import cn.jifending.bot.InputProblem;
import cn.jifending.notification.MessageTemplates;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Problems found in a command or a file, collected so one reply lists them all. Each problem is a
 * line rendered from {@code bot-templates/messages/problem-<name>.md}.
 */
final class Problems {

    private final MessageTemplates templates;
    private final List<String> lines = new ArrayList<>();

    Problems(MessageTemplates templates) {
        this.templates = templates;
    }

    void add(String name, Map<String, ?> model) {
        lines.add(templates.message("problem-" + name, model).strip());
    }

    /** A problem of what was typed, rendered from its own template ({@code input-<kind>}). */
    void add(InputProblem problem) {
        lines.add(templates.message(problem.template(), problem.model()).strip());
    }

    /** A problem of a sheet, at a row (1-based, as the spreadsheet shows it) and column. */
    void at(int row, String column, String name, Map<String, ?> model) {
        String what = templates.message("problem-" + name, model).strip();
        lines.add(templates.message("problem-at", Map.of("row", row, "column", column, "problem", what)).strip());
    }

    boolean any() {
        return !lines.isEmpty();
    }

    int count() {
        return lines.size();
    }

    /** The problems as a markdown list. */
    String list() {
        StringBuilder sb = new StringBuilder();
        for (String l : lines) {
            sb.append("- ").append(l).append('\n');
        }
        return sb.toString().strip();
    }
}
