package cn.jifending.pages.internal;

import cn.jifending.audit.Source;
import cn.jifending.notification.Outbox;
import cn.jifending.organization.Branch;
import cn.jifending.organization.Person;
import cn.jifending.publicity.PublicityBoard;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /h5/publicity}: the open and recent 公示 of the viewer's branch, each with its table as signed
 * and its window; 提出异议 posts into the same objection flow as the card (the panel gets the card).
 */
@Controller
class PublicityPage {

    private final PageSession session;
    private final BranchAccess access;
    private final PublicityBoard board;
    private final Outbox outbox;
    private final TransactionTemplate tx;
    private final Clock clock;

    PublicityPage(PageSession session, BranchAccess access, PublicityBoard board, Outbox outbox,
                  TransactionTemplate tx, Clock clock) {
        this.session = session;
        this.access = access;
        this.board = board;
        this.outbox = outbox;
        this.tx = tx;
        this.clock = clock;
    }

    @GetMapping("/h5/publicity")
    String publicity(@RequestParam(required = false) Long branch, @RequestParam(required = false) String sent,
                     HttpServletRequest request, HttpServletResponse response, Model model) {
        Person viewer = session.viewer(request, response);
        Branch b = access.publicity(viewer, branch);
        model.addAttribute("me", viewer);
        model.addAttribute("nav", Navigation.of(viewer));
        model.addAttribute("branch", b);
        model.addAttribute("fmt", Figures.INSTANCE);
        model.addAttribute("boards", board.recent(b.id(), LocalDate.now(clock)));
        model.addAttribute("canObject", b.id() == (viewer.branchId() == null ? -1 : viewer.branchId()));
        model.addAttribute("nonce", UUID.randomUUID().toString());
        model.addAttribute("sent", sent == null ? null : PublicityBoard.ObjectionOutcome.valueOf(sent));
        return "h5/publicity";
    }

    @PostMapping("/h5/publicity/objection")
    String object(@RequestParam long windowId, @RequestParam(defaultValue = "") String reason,
                  @RequestParam String nonce, HttpServletRequest request, HttpServletResponse response) {
        Person viewer = session.viewer(request, response);
        if (!nonce.matches("[0-9a-f-]{36}")) {
            throw new IllegalArgumentException("nonce");
        }
        PublicityBoard.ObjectionOutcome outcome = tx.execute(s -> board.object(viewer, windowId, reason,
                "h5:" + viewer.userId() + ":" + nonce, Source.page("publicity", viewer.userId() + ":" + nonce), outbox));
        return "redirect:/h5/publicity?sent=" + outcome.name();
    }
}
