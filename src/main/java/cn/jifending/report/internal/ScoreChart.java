package cn.jifending.report.internal;

import cn.jifending.scoring.MonthResult;
import cn.jifending.scoring.YearResult;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * A member's year as a PNG drawn with java.awt (headless): the month bases (0–70) as a line over
 * January–December, and three bars for the parts (基础分 /70, 特色分 /20, 评议分 /10) under a title with the
 * 综合分. The texts come from {@code bot-templates/sheets/score-chart.properties} and are drawn with the CJK
 * font shipped in the jar ({@link #FONT_RESOURCE}, Noto Sans SC), so a server without any font of its own
 * draws Chinese. A month still in progress is a hollow point labelled 进行中, and the title says the figures
 * are provisional.
 */
final class ScoreChart {

    static final int WIDTH = 900;
    static final int HEIGHT = 420;
    static final String FONT_RESOURCE = "fonts/NotoSansSC-Regular-subset.ttf";
    static final String LABELS = "bot-templates/sheets/score-chart.properties";

    /** Where the parts' bars stand: their labels are drawn under them at {@link #LABEL_SIZE}. */
    static final int PARTS_X = 660;
    static final int PARTS_Y = 50;
    static final int PARTS_W = 220;
    static final int PARTS_H = 320;
    static final int LABEL_SIZE = 14;

    private static final Font BASE_FONT;
    private static final FormLabels TEXTS;

    static {
        System.setProperty("java.awt.headless", "true");
        try (InputStream in = ScoreChart.class.getClassLoader().getResourceAsStream(FONT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + FONT_RESOURCE);
            }
            BASE_FONT = Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("cannot load " + FONT_RESOURCE, e);
        }
        TEXTS = new FormLabels(LABELS);
    }

    private ScoreChart() {
    }

    /** The shipped font at {@code size}, as every text of the chart is drawn. */
    static Font font(float size) {
        return BASE_FONT.deriveFont(Font.PLAIN, size);
    }

    /** The chart's text {@code key} of {@link #LABELS}. */
    static String text(String key) {
        return TEXTS.get(key);
    }

    static byte[] png(YearResult r) {
        return png(r, Optional.empty());
    }

    static byte[] png(YearResult r, Optional<YearMonth> provisional) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setFont(font(16));
            g.setColor(Color.DARK_GRAY);
            String title = TEXTS.get("title", Map.of("year", r.year(), "composite", points(r.composite())))
                    + provisional.map(m -> TEXTS.get("provisional", Map.of("month", m.getMonthValue()))).orElse("");
            g.drawString(title, 20, 26);
            g.setFont(font(12));
            months(g, r, provisional, 50, 50, 560, 320);
            parts(g, r);
        } finally {
            g.dispose();
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void months(Graphics2D g, YearResult r, Optional<YearMonth> provisional,
                               int x0, int y0, int w, int h) {
        g.setColor(Color.LIGHT_GRAY);
        for (int v = 0; v <= 70; v += 10) {
            int y = y0 + h - v * h / 70;
            g.drawLine(x0, y, x0 + w, y);
            g.setColor(Color.GRAY);
            g.drawString(String.valueOf(v), x0 - 25, y + 4);
            g.setColor(Color.LIGHT_GRAY);
        }
        int step = w / 12;
        g.setColor(Color.GRAY);
        for (int m = 1; m <= 12; m++) {
            g.drawString(TEXTS.get("month", Map.of("month", m)), x0 + (m - 1) * step + step / 2 - 10, y0 + h + 18);
        }
        g.setColor(new Color(200, 30, 30));
        g.setStroke(new BasicStroke(2.5f));
        int px = -1;
        int py = -1;
        for (MonthResult m : r.months()) {
            int x = x0 + (m.month().getMonthValue() - 1) * step + step / 2;
            int y = y0 + h - (int) Math.round(m.base().doubleValue() * h / 70);
            if (provisional.filter(m.month()::equals).isPresent()) {
                g.setColor(Color.WHITE);
                g.fillOval(x - 5, y - 5, 10, 10);
                g.setColor(new Color(200, 30, 30));
                g.drawOval(x - 5, y - 5, 10, 10);
                g.drawString(TEXTS.get("inProgress"), x - 18, y - 10);
            } else {
                g.fillOval(x - 4, y - 4, 8, 8);
            }
            if (px >= 0) {
                g.drawLine(px, py, x, y);
            }
            px = x;
            py = y;
        }
    }

    /** The x of part {@code i}'s bar (0 基础分, 1 特色分, 2 评议分); its label's baseline is {@link #labelBaseline()}. */
    static int partX(int i) {
        return PARTS_X + i * (barWidth() + 20);
    }

    static int labelBaseline() {
        return PARTS_Y + PARTS_H + 20;
    }

    private static int barWidth() {
        return PARTS_W / 3 - 20;
    }

    private static void parts(Graphics2D g, YearResult r) {
        BigDecimal[] values = {r.base(), r.featured(), r.review()};
        int[] max = {70, 20, 10};
        String[] labels = {TEXTS.get("base"), TEXTS.get("featured"), TEXTS.get("review")};
        Color[] colors = {new Color(200, 30, 30), new Color(230, 150, 30), new Color(60, 110, 200)};
        int bar = barWidth();
        for (int i = 0; i < 3; i++) {
            int x = partX(i);
            g.setColor(Color.LIGHT_GRAY);
            g.drawRect(x, PARTS_Y, bar, PARTS_H);
            int filled = (int) Math.round(values[i].doubleValue() * PARTS_H / max[i]);
            g.setColor(colors[i]);
            g.fillRect(x, PARTS_Y + PARTS_H - filled, bar, filled);
            g.setColor(Color.DARK_GRAY);
            g.setFont(font(LABEL_SIZE));
            g.drawString(labels[i], x, labelBaseline());
            g.setFont(font(12));
            g.drawString(points(values[i]) + "/" + max[i], x, PARTS_Y - 6);
        }
    }

    private static String points(BigDecimal p) {
        BigDecimal shown = p.scale() > 2 ? p.setScale(2, java.math.RoundingMode.HALF_UP) : p;
        return shown.stripTrailingZeros().toPlainString();
    }
}
