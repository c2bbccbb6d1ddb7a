package cn.jifending.ledger.internal;

import cn.jifending.ledger.BranchItemDefinitions;
import cn.jifending.ledger.Fact;
import cn.jifending.scoring.BranchItem;
import cn.jifending.scoring.FactKind;
import cn.jifending.ledger.LedgerExport;
import cn.jifending.ledger.MemberYear;
import cn.jifending.ledger.MembershipPeriod;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The export CSV of src/docs/recompute.md: UTF-8, header row, RFC 4180 quoting, CRLF line ends. */
@Component
class CsvLedgerExport implements LedgerExport {

    /** Rows carrying a branch item's definition (see src/docs/ledger-export.md). */
    static final String BRANCH_ITEM = "BRANCH_ITEM";

    /** RFC 4180 (Apache Commons CSV): quoted where needed, doubled quotes, CRLF record ends; null is empty. */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().get();

    private static final DateTimeFormatter RECORDED_AT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private final MemberYears memberYears;
    private final BranchItemDefinitions branchItems;

    CsvLedgerExport(MemberYears memberYears, ObjectProvider<BranchItemDefinitions> branchItems) {
        this.memberYears = memberYears;
        this.branchItems = branchItems.getIfAvailable(() -> BranchItemDefinitions.NONE);
    }

    @Override
    @Transactional(readOnly = true)
    public void writeCsv(long branchId, int year, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        CSVPrinter w = FORMAT.print(writer);
        w.printRecord((Object[]) HEADER.split(","));
        String branch = String.valueOf(branchId);
        for (BranchItem b : branchItems.approved(year)) {
            if (b.branchId().equals(branch)) {
                String code = b.ledgerItem().substring("branch:".length());
                line(w, "I" + code, BRANCH_ITEM, b.branchId(), null, null, b.ledgerItem(), b.approvedOn(), null,
                        plain(b.points()) + "/" + plain(b.cap()), null, b.approvedBy(), null, "BRANCH_ITEM:" + code,
                        b.name());
            }
        }
        try {
            memberYears.stream(branchId, year, m -> write(w, m));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        w.flush();
    }

    private static void write(CSVPrinter w, MemberYear m) {
        try {
            for (MembershipPeriod p : m.membership()) {
                line(w, p.factId(), FactKind.MEMBERSHIP.name(), p.branchId(), m.memberId(), m.name(), null,
                        p.from(), p.to(), p.category().name(), null, null, null, "ORGANIZATION:spell", null);
            }
            for (Fact f : m.facts()) {
                line(w, f.id(), f.kind().name(), f.branchId(), f.memberId(), m.name(), f.item(), f.occurredOn(),
                        f.endsOn(), f.value(), f.corrects(), f.recordedBy(), RECORDED_AT.format(f.recordedAt()),
                        f.source().toString(), f.reason());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String plain(java.math.BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    private static void line(CSVPrinter w, Object... cells) throws IOException {
        w.printRecord(cells);
    }
}
