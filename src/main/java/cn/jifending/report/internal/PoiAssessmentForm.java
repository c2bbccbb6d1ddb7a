package cn.jifending.report.internal;

import cn.jifending.ledger.Scores;
import cn.jifending.organization.Branch;
import cn.jifending.organization.MemberDirectory;
import cn.jifending.organization.MembershipSpell;
import cn.jifending.report.AssessmentForms;
import cn.jifending.scoring.ItemResult;
import cn.jifending.scoring.MonthResult;
import cn.jifending.scoring.Scheme;
import cn.jifending.scoring.YearResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 考核表 with Apache POI. Columns: 考核类别 (part, group), 考核内容, 考核分值, one per member,
 * 备注. Rows: title, header line, column headers, each base item then its group's 小计, featured
 * items (only the points of facts dated in the month), review, and 得分 (the month's 基础分).
 */
@Component
class PoiAssessmentForm implements AssessmentForms {

    static final int FIRST_MEMBER_COLUMN = 4;

    private final Scores scores;
    private final MemberDirectory directory;
    private final FormLabels labels = new FormLabels();

    PoiAssessmentForm(Scores scores, MemberDirectory directory) {
        this.scores = scores;
        this.directory = directory;
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] monthly(long branchId, YearMonth month) {
        Branch branch = directory.branch(branchId).orElseThrow(() -> new IllegalArgumentException("no branch " + branchId));
        Set<String> inBranch = directory.spellsInBranch(branchId, month.atDay(1), month.atEndOfMonth()).stream()
                .map(MembershipSpell::memberId).map(String::valueOf).collect(Collectors.toSet());
        List<YearResult> members = new ArrayList<>();
        scores.forEachYear(branchId, month.getYear(), y -> {
            if (inBranch.contains(y.memberId()) && y.activeMonths().contains(month)) {
                members.add(y);
            }
        });
        Scheme scheme = scores.schemeFor(month.getYear());
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            new Layout(wb, scheme, branch, month, members).write();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String fileName(long branchId, YearMonth month) {
        String branch = directory.branch(branchId).map(Branch::name).orElse(String.valueOf(branchId));
        return labels.get("file", Map.of("branch", branch, "period", month.toString()));
    }

    private final class Layout {
        private final Sheet sheet;
        private final CellStyle text;
        private final CellStyle number;
        private final Scheme scheme;
        private final Branch branch;
        private final YearMonth month;
        private final List<YearResult> members;
        private final int remarkColumn;
        private int row;

        Layout(XSSFWorkbook wb, Scheme scheme, Branch branch, YearMonth month, List<YearResult> members) {
            this.sheet = wb.createSheet(month.toString());
            this.scheme = scheme;
            this.branch = branch;
            this.month = month;
            this.members = members;
            this.remarkColumn = FIRST_MEMBER_COLUMN + members.size();
            this.text = wb.createCellStyle();
            text.setWrapText(true);
            text.setVerticalAlignment(VerticalAlignment.CENTER);
            for (CellStyle s : List.of(text)) {
                s.setBorderBottom(BorderStyle.THIN);
                s.setBorderTop(BorderStyle.THIN);
                s.setBorderLeft(BorderStyle.THIN);
                s.setBorderRight(BorderStyle.THIN);
            }
            this.number = wb.createCellStyle();
            number.cloneStyleFrom(text);
            number.setAlignment(HorizontalAlignment.CENTER);
        }

        void write() {
            Row title = sheet.createRow(row++);
            title.createCell(0).setCellValue(labels.get("title"));
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, remarkColumn));
            Row head = sheet.createRow(row++);
            head.createCell(0).setCellValue(labels.get("branch", Map.of("branch", branch.name())));
            head.createCell(2).setCellValue(labels.get("yearMonth",
                    Map.of("year", month.getYear(), "month", month.getMonthValue())));
            head.createCell(Math.max(3, remarkColumn - 1)).setCellValue(labels.get("signature"));
            Row columns = sheet.createRow(row++);
            cell(columns, 0, labels.get("header.category"));
            cell(columns, 1, labels.get("header.category"));
            sheet.addMergedRegion(new CellRangeAddress(row - 1, row - 1, 0, 1));
            cell(columns, 2, labels.get("header.content"));
            cell(columns, 3, labels.get("header.points"));
            for (int i = 0; i < members.size(); i++) {
                cell(columns, FIRST_MEMBER_COLUMN + i, members.get(i).name());
            }
            cell(columns, remarkColumn, labels.get("header.remark"));

            int baseStart = row;
            for (Scheme.Group g : scheme.groups()) {
                int groupStart = row;
                for (Scheme.Item item : g.items()) {
                    Row r = line(part(scheme.base()), group(g), item.name(),
                            labels.get("unit." + item.rule().name(), Map.of("points", plain(item.rule()
                                    == cn.jifending.scoring.RuleKind.FINDING_DEDUCTION ? item.param("deduction") : item.full()))),
                            labels.get("remark." + item.code(), ""));
                    values(r, m -> itemValue(m.month(month.getMonthValue()), item.code()));
                }
                Row sub = line(part(scheme.base()), group(g), labels.get("subtotal", Map.of("group", g.name())),
                        plain(g.max()), "");
                values(sub, m -> m.month(month.getMonthValue()).group(g.code()).score());
                merge(groupStart, row - 1, 1);
            }
            merge(baseStart, row - 1, 0);
            int featuredStart = row;
            for (Scheme.FeaturedItem f : scheme.featuredItems()) {
                Row r = line(part(scheme.featured()), "", f.name(),
                        labels.get("unit.featured", Map.of("points", plain(f.max()))), labels.get("remark." + f.code(), ""));
                values(r, m -> m.featuredItems().stream().filter(x -> x.code().equals(f.code()))
                        .map(x -> x.countedIn(month)).findFirst().orElse(BigDecimal.ZERO));
            }
            merge(featuredStart, row - 1, 0);
            Row review = line(part(scheme.review()), "", labels.get("remark.review", ""),
                    labels.get("unit.review", Map.of("points", plain(scheme.review().max()))), "");
            values(review, m -> m.reviewGrade().isPresent() ? m.review() : null);
            Row score = line(labels.get("score"), "", "", "", "");
            sheet.addMergedRegion(new CellRangeAddress(row - 1, row - 1, 0, 3));
            values(score, m -> m.month(month.getMonthValue()).base());
            sheet.setColumnWidth(0, 10 * 256);
            sheet.setColumnWidth(1, 10 * 256);
            sheet.setColumnWidth(2, 30 * 256);
            sheet.setColumnWidth(3, 16 * 256);
            sheet.setColumnWidth(remarkColumn, 40 * 256);
        }

        private Row line(String part, String group, String content, String points, String remark) {
            Row r = sheet.createRow(row++);
            cell(r, 0, part);
            cell(r, 1, group);
            cell(r, 2, content);
            cell(r, 3, points);
            cell(r, remarkColumn, remark);
            return r;
        }

        private void values(Row r, Function<YearResult, BigDecimal> value) {
            for (int i = 0; i < members.size(); i++) {
                BigDecimal v = value.apply(members.get(i));
                var c = r.createCell(FIRST_MEMBER_COLUMN + i);
                c.setCellStyle(number);
                if (v == null) {
                    c.setCellValue(labels.get("notApplied"));
                } else {
                    c.setCellValue(v.setScale(2, RoundingMode.HALF_UP).doubleValue());
                }
            }
        }

        private void cell(Row r, int column, String value) {
            var c = r.createCell(column);
            c.setCellValue(value);
            c.setCellStyle(text);
        }

        private void merge(int from, int to, int column) {
            if (to > from) {
                sheet.addMergedRegion(new CellRangeAddress(from, to, column, column));
            }
        }

        private String part(Scheme.Part p) {
            return labels.get("part", Map.of("name", p.name(), "percent", percent(p.max())));
        }

        private String group(Scheme.Group g) {
            return labels.get("part", Map.of("name", g.name(), "percent", percent(g.max())));
        }

        private String percent(BigDecimal max) {
            return plain(max.multiply(BigDecimal.valueOf(100)).divide(scheme.total(), 2, RoundingMode.HALF_UP));
        }
    }

    /** An item's earned points, or null (shown as —) when it did not apply that month. */
    static BigDecimal itemValue(MonthResult m, String code) {
        ItemResult i = m.item(code);
        return i.applied() ? i.earned() : null;
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
