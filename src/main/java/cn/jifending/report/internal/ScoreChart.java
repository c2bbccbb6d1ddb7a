package cn.jifending.report.internal;

import cn.jifending.scoring.MonthResult;
import cn.jifending.scoring.YearResult;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import javax.imageio.ImageIO;

/**
 * A member's year as a PNG drawn with java.awt (headless): the month bases (0–70) as a line over
 * January–December, and three bars for the parts (基础分 /70, 特色分 /20, 评议分 /10) with the composite.
 * Labels are ASCII so no CJK font is needed on the server. A month still in progress is drawn as a hollow
 * point labelled "in progress", and the title says the figures are provisional.
 */
final class ScoreChart {

    static final int WIDTH = 900;
    static final int HEIGHT = 420;

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private ScoreChart() {
    }

    static byte[] png(YearResult r) {
        return png(r, java.util.Optional.empty());
    }

    static byte[] png(YearResult r, java.util.Optional<java.time.YearMonth> provisional) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            g.setColor(Color.DARK_GRAY);
            g.drawString(r.year() + "  composite " + r.composite().toPlainString()
                    + provisional.map(m -> "  (provisional: " + m + " in progress)").orElse(""), 20, 24);
            months(g, r, provisional, 50, 50, 560, 320);
            parts(g, r, 660, 50, 220, 320);
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

    private static void months(Graphics2D g, YearResult r, java.util.Optional<java.time.YearMonth> provisional,
                               int x0, int y0, int w, int h) {
        g.setColor(Color.LIGHT_GRAY);
        for (int v = 0; v <= 70; v += 10) {
            int y = y0 + h - v * h / 70;
            g.drawLine(x0, y, x0 + w, y);
            g.drawString(String.valueOf(v), x0 - 25, y + 4);
        }
        int step = w / 12;
        for (int m = 1; m <= 12; m++) {
            g.drawString(String.valueOf(m), x0 + (m - 1) * step + step / 2 - 4, y0 + h + 16);
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
                g.drawString("in progress", x - 30, y - 10);
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

    private static void parts(Graphics2D g, YearResult r, int x0, int y0, int w, int h) {
        BigDecimal[] values = {r.base(), r.featured(), r.review()};
        int[] max = {70, 20, 10};
        String[] labels = {"base", "featured", "review"};
        Color[] colors = {new Color(200, 30, 30), new Color(230, 150, 30), new Color(60, 110, 200)};
        int bar = w / 3 - 20;
        for (int i = 0; i < 3; i++) {
            int x = x0 + i * (bar + 20);
            g.setColor(Color.LIGHT_GRAY);
            g.drawRect(x, y0, bar, h);
            int filled = (int) Math.round(values[i].doubleValue() * h / max[i]);
            g.setColor(colors[i]);
            g.fillRect(x, y0 + h - filled, bar, filled);
            g.setColor(Color.DARK_GRAY);
            g.drawString(labels[i], x, y0 + h + 16);
            g.drawString(values[i].toPlainString() + "/" + max[i], x, y0 - 6);
        }
    }
}
