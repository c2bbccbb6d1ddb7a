package cn.jifending.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jifending.scoring.MemberType;
import cn.jifending.scoring.YearResult;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The 积分图 draws its Chinese labels with the font shipped in the jar: the font is Noto Sans SC, it has every
 * glyph of every label, and the pixels under each part's bar are exactly that font's rendering of 基础分 /
 * 特色分 / 评议分 (so neither a system font nor missing-glyph boxes were drawn), and they are not blank.
 */
class ScoreChartTests {

    private static final YearResult YEAR = new YearResult("m1", "张三", "b1", 2026, "changzhou-2021",
            MemberType.FORMAL, List.of(), List.of(), List.of(), new BigDecimal("68.5"), List.of(),
            new BigDecimal("12"), Optional.of("GOOD"), new BigDecimal("9"), new BigDecimal("89.5"), List.of());

    @Test
    void theShippedFontIsNotoSansScAndHasEveryGlyphOfTheLabels() {
        Font font = ScoreChart.font(14);
        assertThat(font.getFamily(java.util.Locale.ROOT)).isEqualTo("Noto Sans SC");
        for (String key : List.of("base", "featured", "review", "inProgress")) {
            String label = ScoreChart.text(key);
            assertThat(label).as(key).matches(".*\\p{IsHan}.*");
            assertThat(font.canDisplayUpTo(label)).as(key + " " + label).isEqualTo(-1);
        }
        assertThat(ScoreChart.text("base")).isEqualTo("基础分");
        assertThat(ScoreChart.text("featured")).isEqualTo("特色分");
        assertThat(ScoreChart.text("review")).isEqualTo("评议分");
        assertThat(ScoreChart.text("title")).contains("综合分");
        String title = ScoreChart.text("title") + ScoreChart.text("provisional") + ScoreChart.text("month");
        assertThat(font.canDisplayUpTo(title.replaceAll("\\{\\{\\w+}}", "0"))).isEqualTo(-1);
    }

    @Test
    void thePartLabelsAreDrawnInChineseWithTheShippedFont() throws Exception {
        BufferedImage chart = ImageIO.read(new ByteArrayInputStream(ScoreChart.png(YEAR, Optional.of(YearMonth.of(2026, 7)))));
        assertThat(chart.getWidth()).isEqualTo(ScoreChart.WIDTH);

        String[] labels = {"基础分", "特色分", "评议分"};
        for (int i = 0; i < labels.length; i++) {
            int x = ScoreChart.partX(i);
            int top = ScoreChart.labelBaseline() - ScoreChart.LABEL_SIZE - 2;
            int w = 3 * ScoreChart.LABEL_SIZE + 4;
            int h = ScoreChart.LABEL_SIZE + 8;
            BufferedImage expected = drawn(labels[i], x, ScoreChart.labelBaseline());
            long ink = 0;
            for (int px = x; px < x + w; px++) {
                for (int py = top; py < top + h; py++) {
                    assertThat(chart.getRGB(px, py)).as("%s at %d,%d", labels[i], px, py)
                            .isEqualTo(expected.getRGB(px, py));
                    if ((chart.getRGB(px, py) & 0xFFFFFF) != 0xFFFFFF) {
                        ink++;
                    }
                }
            }
            assertThat(ink).as("%s has ink", labels[i]).isGreaterThan(60);
            assertThat(differs(labels[i], x)).as("%s is not what a missing glyph would draw", labels[i]).isTrue();
        }
    }

    /** The label alone as the chart draws it: the shipped font, dark grey on white, anti-aliased. */
    private static BufferedImage drawn(String text, int x, int baseline) {
        BufferedImage image = new BufferedImage(ScoreChart.WIDTH, ScoreChart.HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, ScoreChart.WIDTH, ScoreChart.HEIGHT);
        g.setColor(Color.DARK_GRAY);
        g.setFont(ScoreChart.font(ScoreChart.LABEL_SIZE));
        g.drawString(text, x, baseline);
        g.dispose();
        return image;
    }

    /** Three distinct Han glyphs never render like three copies of the font's missing-glyph box. */
    private static boolean differs(String label, int x) {
        BufferedImage real = drawn(label, x, ScoreChart.labelBaseline());
        BufferedImage boxes = drawn("\uFFFF\uFFFF\uFFFF", x, ScoreChart.labelBaseline());
        for (int px = 0; px < ScoreChart.WIDTH; px++) {
            for (int py = 0; py < ScoreChart.HEIGHT; py++) {
                if (real.getRGB(px, py) != boxes.getRGB(px, py)) {
                    return true;
                }
            }
        }
        return false;
    }
}
