package cn.jifending.report.internal;

import cn.jifending.annual.AnnualLine;
import cn.jifending.annual.AnnualResults;
import cn.jifending.ledger.Scores;
import cn.jifending.organization.Branch;
import cn.jifending.organization.MemberDirectory;
import cn.jifending.report.AnnualReports;
import cn.jifending.scoring.Scheme;
import cn.jifending.scoring.YearResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link AnnualReports} with Apache POI and {@link ScoreChart}. */
@Component
class PoiAnnualReports implements AnnualReports {

    /** The workbook's sheet names, column headers, values and file names. */
    static final FormLabels LABELS = new FormLabels("bot-templates/sheets/annual-report.properties");
    static final String[] MEMBER_HEADER = LABELS.get("header.member").split("\\|");
    static final String[] SUMMARY_HEADER = LABELS.get("header.summary").split("\\|");

    private final AnnualResults results;
    private final Scores scores;
    private final MemberDirectory directory;

    private final java.time.Clock clock;

    PoiAnnualReports(AnnualResults results, Scores scores, MemberDirectory directory, java.time.Clock clock) {
        this.clock = clock;
        this.results = results;
        this.scores = scores;
        this.directory = directory;
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] workbook(int year, Optional<Long> branchId) {
        List<Branch> branches = branchId.map(id -> directory.branch(id).stream().toList())
                .orElseGet(directory::branches);
        Scheme scheme = scores.schemeFor(year);
        try (Workbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle whole = style(wb, "0");
            CellStyle score = style(wb, "0.00");
            Sheet summary = branchId.isEmpty() ? wb.createSheet(LABELS.get("summary")) : null;
            if (summary != null) {
                header(summary.createRow(0), SUMMARY_HEADER);
            }
            int summaryRow = 1;
            for (Branch b : branches) {
                List<AnnualLine> lines = results.linesOf(b.id(), year);
                if (lines.isEmpty() && branchId.isEmpty()) {
                    continue;
                }
                boolean frozen = results.isFrozen(b.id(), year);
                Sheet sheet = wb.createSheet(WorkbookUtil.createSafeSheetName(b.name() + "-" + b.id()));
                header(sheet.createRow(0), MEMBER_HEADER);
                int r = 1;
                for (AnnualLine l : lines) {
                    Row row = sheet.createRow(r++);
                    row.createCell(0).setCellValue(l.name());
                    row.createCell(1).setCellValue(LABELS.get(l.type().equals("PROBATIONARY") ? "type.PROBATIONARY" : "type.FORMAL"));
                    number(row, 2, l.base(), score);
                    number(row, 3, l.featured(), score);
                    number(row, 4, l.review(), score);
                    number(row, 5, l.composite(), score);
                    row.createCell(6).setCellValue(l.tierName());
                    row.createCell(7).setCellValue(l.warning().map(w -> warningName(scheme, w)).orElse(""));
                    row.createCell(8).setCellValue(status(frozen));
                }
                if (summary != null) {
                    Row row = summary.createRow(summaryRow++);
                    row.createCell(0).setCellValue(b.name());
                    number(row, 1, BigDecimal.valueOf(lines.size()), whole);
                    number(row, 2, mean(lines), score);
                    number(row, 3, BigDecimal.valueOf(count(lines, "PRIORITY")), whole);
                    number(row, 4, BigDecimal.valueOf(count(lines, "PRIORITY") + count(lines, "INCENTIVE")), whole);
                    number(row, 5, BigDecimal.valueOf(count(lines, "YELLOW")), whole);
                    number(row, 6, BigDecimal.valueOf(count(lines, "RED")), whole);
                    row.createCell(7).setCellValue(status(frozen));
                }
            }
            if (wb.getNumberOfSheets() == 0) {
                header(wb.createSheet(LABELS.get("summary")).createRow(0), SUMMARY_HEADER);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String workbookName(int year, Optional<Long> branchId) {
        Optional<String> branch = branchId.flatMap(directory::branch).map(Branch::name);
        return branch.isPresent() ? LABELS.get("file.branch", Map.of("branch", branch.get(), "year", year))
                : LABELS.get("file.all", Map.of("year", year));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Chart> chartOf(long memberId, int year) {
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        return scores.yearOf(memberId, year).map(r -> {
            Optional<java.time.YearMonth> provisional = r.monthInProgress(today);
            return new Chart(ScoreChart.png(r, provisional), provisional);
        });
    }

    /** The scheme's Chinese name of a warning code (黄色预警 for YELLOW, 支部书记约谈提醒 for TALK). */
    static String warningName(Scheme scheme, String code) {
        if (code.equals(scheme.consecutive().warning())) {
            return scheme.consecutive().name();
        }
        return Stream.concat(scheme.formalBands().stream(), scheme.probationaryBands().stream())
                .filter(b -> code.equals(b.warning())).map(Scheme.Band::name).findFirst().orElse(code);
    }

    private static String status(boolean frozen) {
        return LABELS.get(frozen ? "status.frozen" : "status.live");
    }

    private static CellStyle style(Workbook wb, String format) {
        CellStyle style = wb.createCellStyle();
        style.setDataFormat(wb.createDataFormat().getFormat(format));
        return style;
    }

    private static void number(Row row, int column, BigDecimal value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(style);
    }

    private static void header(Row row, String[] labels) {
        for (int i = 0; i < labels.length; i++) {
            row.createCell(i).setCellValue(labels[i]);
        }
    }

    private static BigDecimal mean(List<AnnualLine> lines) {
        if (lines.isEmpty()) {
            return BigDecimal.ZERO;
        }
        return lines.stream().map(AnnualLine::composite).reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(lines.size()), 2, RoundingMode.HALF_UP);
    }

    private static long count(List<AnnualLine> lines, String tier) {
        return lines.stream().filter(l -> l.tier().equals(tier)).count();
    }
}
