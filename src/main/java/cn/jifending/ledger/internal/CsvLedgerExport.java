package cn.jifending.ledger.internal;

import cn.jifending.ledger.Fact;
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
import java.util.Arrays;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The export CSV of CONTRACTS.md: UTF-8, header row, RFC 4180 quoting, CRLF line ends. */
@Component
class CsvLedgerExport implements LedgerExport {

    private static final DateTimeFormatter RECORDED_AT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private final MemberYears memberYears;

    CsvLedgerExport(MemberYears memberYears) {
        this.memberYears = memberYears;
    }

    @Override
    @Transactional(readOnly = true)
    public void writeCsv(long branchId, int year, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.write(HEADER);
        w.write("\r\n");
        try {
            memberYears.stream(branchId, year, m -> write(w, m));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        w.flush();
    }

    private static void write(Writer w, MemberYear m) {
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

    private static void line(Writer w, Object... cells) throws IOException {
        w.write(String.join(",", Arrays.stream(cells).map(CsvLedgerExport::cell).toList()));
        w.write("\r\n");
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
