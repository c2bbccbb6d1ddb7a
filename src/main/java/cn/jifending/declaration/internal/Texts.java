package cn.jifending.declaration.internal;

import cn.jifending.bot.ChatInput;
import cn.jifending.notification.MessageTemplates;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Small formatting shared by the declaration replies (numbers, dates, card bodies). */
@Component
class Texts {

    private final MessageTemplates templates;

    Texts(MessageTemplates templates) {
        this.templates = templates;
    }

    static String points(BigDecimal p) {
        return p == null ? "0" : p.stripTrailingZeros().toPlainString();
    }

    static String date(LocalDate d) {
        return ChatInput.show(d);
    }

    /** The description, or the "none given" text when blank. */
    String description(String description) {
        return description == null || description.isBlank() ? render("declaration-blank", Map.of()) : description;
    }

    String render(String template, Map<String, ?> model) {
        return templates.message(template, model).strip();
    }

    /** A card whose title and markdown body come from {@code messages/<bodyTemplate>.md}. */
    Map<String, Object> card(String title, String bodyTemplate, Map<String, ?> model) {
        return Map.of("title", title, "content", render(bodyTemplate, model));
    }

    /**
     * The shortcut 帮助 teaches for an item: its shortest alias that begins its name (志愿 for
     * 志愿服务参与情况), never a synonym such as 公益 or 扶贫.
     */
    static Optional<String> shortcut(DeclarableItem item) {
        return item.aliases().stream().filter(a -> a.length() < item.name().length() && item.name().startsWith(a))
                .min(java.util.Comparator.comparingInt(String::length));
    }

    String suggestions(List<DeclarableItem> items) {
        StringBuilder sb = new StringBuilder();
        for (DeclarableItem i : items) {
            Optional<String> shortcut = shortcut(i);
            sb.append(shortcut.isPresent()
                    ? render("declaration-item-line", Map.of("item", i.name(), "alias", shortcut.get()))
                    : render("declaration-item-line-plain", Map.of("item", i.name()))).append('\n');
        }
        return sb.toString().strip();
    }

    /** The member-readable name of a status ({@code messages/declaration-status-<STATUS>.md}). */
    String status(Declaration.Status status) {
        return render("declaration-status-" + status.name().toLowerCase(java.util.Locale.ROOT), Map.of());
    }
}
