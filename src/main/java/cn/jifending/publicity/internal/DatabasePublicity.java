package cn.jifending.publicity.internal;

import cn.jifending.audit.Source;
import cn.jifending.audit.AuditEntry;
import cn.jifending.audit.AuditLog;
import cn.jifending.notification.MessageTemplates;
import cn.jifending.notification.Outbox;
import cn.jifending.notification.TemplateModel;
import cn.jifending.notification.PageLinks;
import cn.jifending.publicity.Publicity;
import cn.jifending.publicity.PublicityProperties;
import cn.jifending.calendar.PublicityWindow;
import cn.jifending.publicity.QuarterPublication;
import cn.jifending.calendar.WorkingDays;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens, announces and closes 公示 windows; every change with its audit row. */
@Service
class DatabasePublicity implements Publicity {

    static final String ANNOUNCED = "ANNOUNCED";
    static final String CLOSED = "CLOSED";

    private final PublicityStore store;
    private final WorkingDays workingDays;
    private final PublicityProperties properties;
    private final PublicityAudience audience;
    private final Outbox outbox;
    private final MessageTemplates templates;
    private final AuditLog audit;
    private final ResultsWorkbook workbook;
    private final Clock clock;
    private final PageLinks links;

    DatabasePublicity(PublicityStore store, WorkingDays workingDays, PublicityProperties properties,
                      PublicityAudience audience, Outbox outbox, MessageTemplates templates, AuditLog audit,
                      ResultsWorkbook workbook, Clock clock, PageLinks links) {
        this.links = links;
        this.workbook = workbook;
        this.store = store;
        this.workingDays = workingDays;
        this.properties = properties;
        this.audience = audience;
        this.outbox = outbox;
        this.templates = templates;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public PublicityWindow open(QuarterPublication publication) {
        Optional<WindowRow> existing = store.window(publication.branchId(), publication.year(), publication.quarter());
        if (existing.isPresent()) {
            return existing.get().window();
        }
        PublicityWindow window = workingDays.publicityWindow(publication.signedOn(), properties.days());
        long id = store.insertWindow(publication, window.firstDay(), window.lastDay(), now());
        audit.record(AuditEntry.of(publication.actor(), "publicity.window.opened", "publicity_window", id,
                        publication.source())
                .with("branch", publication.branchId()).with("period", label(publication.year(), publication.quarter()))
                .with("first_day", window.firstDay()).with("last_day", window.lastDay()));
        return window;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PublicityWindow> windowOf(long branchId, int year, int quarter) {
        return store.window(branchId, year, quarter).map(WindowRow::window);
    }

    @Override
    @Transactional
    public int announceDue(Source source) {
        LocalDate today = LocalDate.now(clock);
        int count = 0;
        for (WindowRow w : store.dueFor(ANNOUNCED, PublicityWindowRow::getFirstDay, today)) {
            if (!store.mark(w.id(), ANNOUNCED, now())) {
                continue;
            }
            Map<String, Object> model = model(w);
            model.put("scores", scores(w.id()));
            audience.tell(outbox, w.branchId(), today, "publicity-opened", model);
            List<String> members = audience.members(w.branchId(), today);
            if (!members.isEmpty()) {
                outbox.card(members, "publicity", cardId(w.id()), cardParams(w));
            }
            List<String> fileTo = audience.hasGroup(w.branchId()) ? audience.secretary(w.branchId()) : members;
            if (!fileTo.isEmpty()) {
                outbox.file(fileTo, workbook.fileName(model), workbook.render(store.entries(w.id())));
            }
            audit.record(AuditEntry.of("system", "publicity.window.announced", "publicity_window", w.id(), source)
                    .with("period", w.quarterLabel()));
            count++;
        }
        return count;
    }

    @Override
    @Transactional
    public int closeDue(Source source) {
        LocalDateTime now = now();
        LocalDate lastDayToClose = now.toLocalTime().isBefore(properties.closesAt())
                ? now.toLocalDate().minusDays(1) : now.toLocalDate();
        int count = 0;
        for (WindowRow w : store.dueFor(CLOSED, PublicityWindowRow::getLastDay, lastDayToClose)) {
            if (!store.mark(w.id(), CLOSED, now)) {
                continue;
            }
            List<ObjectionRow> objections = store.objections(w.id());
            Map<String, Object> model = model(w);
            model.put("objectionCount", objections.size());
            model.put("objected", !objections.isEmpty());
            model.put("objections", objections.stream().map(this::line).collect(Collectors.joining("\n")));
            audience.tell(outbox, w.branchId(), now.toLocalDate(), "publicity-closed", model);
            outbox.updateCard(cardId(w.id()), "publicity-closed", cardParams(w));
            audit.record(AuditEntry.of("system", "publicity.window.closed", "publicity_window", w.id(), source)
                    .changed("open", "closed").with("objections", objections.size()));
            count++;
        }
        return count;
    }

    /** Whether the window is past its closing time at {@code at}. */
    boolean isClosed(WindowRow w, LocalDateTime at) {
        return !at.isBefore(w.lastDay().atTime(properties.closesAt()));
    }

    static String label(int year, int quarter) {
        return quarter == QuarterPublication.ANNUAL ? year + "" : year + "Q" + quarter;
    }

    static String cardId(long windowId) {
        return "publicity-" + windowId;
    }

    Map<String, Object> model(WindowRow w) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("branch", audience.branchName(w.branchId()));
        model.put("year", w.year());
        model.put("quarter", w.quarter());
        boolean annual = w.quarter() == QuarterPublication.ANNUAL;
        model.put("annual", annual);
        model.put("firstDay", w.firstDay());
        model.put("lastDay", w.lastDay());
        model.put("closesAt", properties.closesAt());
        model.put("note", w.note() == null ? null
                : templates.message("publicity-note", Map.of("reason", w.note())).strip());
        model.put("pageLink", links.link("/h5/publicity"));
        return model;
    }

    private Map<String, Object> cardParams(WindowRow w) {
        Map<String, Object> params = model(w);
        params.put("windowId", w.id());
        return params;
    }

    private List<Map<String, Object>> scores(long windowId) {
        return TemplateModel.list(store.entries(windowId).stream()
                .map(s -> Map.<String, Object>of("name", s.name(), "score", PublicityStore.score(s.total()))).toList());
    }

    private String line(ObjectionRow o) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("name", o.name());
        model.put("reason", o.reason());
        model.put("decision", templates.message("publicity-decision-" + (o.answered() ? o.decision().toLowerCase() : "open"),
                Map.of()).strip());
        model.put("note", o.note() == null || o.note().isBlank() ? null : o.note());
        return templates.message("publicity-objection-line", model).strip();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}
