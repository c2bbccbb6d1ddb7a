package cn.jifending.publicity.internal;

import cn.jifending.notification.MessageTemplates;
import cn.jifending.publicity.QuarterPublication;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * The 公示 results as an .xlsx: names and scores only. Header and file name come from
 * {@code publicity-xlsx-header} ("col|col") and {@code publicity-xlsx-name}.
 */
@Component
class ResultsWorkbook {

    private final MessageTemplates templates;

    ResultsWorkbook(MessageTemplates templates) {
        this.templates = templates;
    }

    String fileName(Map<String, ?> model) {
        return templates.message("publicity-xlsx-name", model).strip();
    }

    byte[] render(List<QuarterPublication.Score> scores) {
        String[] header = templates.message("publicity-xlsx-header", Map.of()).strip().split("\\|");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet();
            Row head = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                head.createCell(i).setCellValue(header[i].strip());
            }
            int r = 1;
            for (QuarterPublication.Score s : scores) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(s.name());
                row.createCell(1).setCellValue(s.total().doubleValue());
            }
            sheet.setColumnWidth(0, 16 * 256);
            sheet.setColumnWidth(1, 12 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
