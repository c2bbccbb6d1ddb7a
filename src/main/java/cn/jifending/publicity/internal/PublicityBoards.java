package cn.jifending.publicity.internal;

import cn.jifending.audit.Source;
import cn.jifending.notification.Outbox;
import cn.jifending.organization.Person;
import cn.jifending.publicity.PublicityBoard;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link PublicityBoard} over the stored windows, their tables as signed and their objections. */
@Service
class PublicityBoards implements PublicityBoard {

    private final PublicityStore store;
    private final DatabasePublicity publicity;
    private final PublicityObjections objections;
    private final Clock clock;

    PublicityBoards(PublicityStore store, DatabasePublicity publicity, PublicityObjections objections, Clock clock) {
        this.store = store;
        this.publicity = publicity;
        this.objections = objections;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Board> recent(long branchId, LocalDate today) {
        LocalDateTime now = LocalDateTime.now(clock);
        List<Board> boards = new ArrayList<>();
        for (int year = today.getYear(); year >= today.getYear() - 1; year--) {
            for (int quarter = 0; quarter <= 4; quarter++) {
                store.window(branchId, year, quarter).ifPresent(w -> boards.add(board(w, now)));
            }
        }
        boards.sort(Comparator.comparing(Board::firstDay).thenComparing(Board::windowId).reversed());
        return boards;
    }

    @Override
    public ObjectionOutcome object(Person who, long windowId, String reason, String sourceRef, Source source,
                                   Outbox outbox) {
        return objections.object(who, windowId, reason, sourceRef, source, outbox);
    }

    private Board board(WindowRow w, LocalDateTime now) {
        String state = now.toLocalDate().isBefore(w.firstDay()) ? "NOT_STARTED"
                : publicity.isClosed(w, now) ? "CLOSED" : "OPEN";
        List<Objection> raised = store.objections(w.id()).stream()
                .map(o -> new Objection(o.name(), o.reason(), o.decision(), o.note())).toList();
        return new Board(w.id(), w.year(), w.quarter(), w.firstDay(), w.lastDay(), state, w.note(),
                store.entries(w.id()), raised);
    }
}
