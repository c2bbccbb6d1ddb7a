package cn.jifending;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rule of src/docs/templates.md: Chinese text the bot shows lives in {@code bot-templates/}; Java
 * holds Chinese only as input vocabulary. This scans every string literal (and text block) of
 * src/main/java, comments excluded, for CJK characters or full-width punctuation.
 */
class NoChineseInJavaTests {

    private static final Path MAIN = Path.of("src/main/java/cn/jifending");
    private static final Pattern CJK = Pattern.compile("[\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef\\u2018-\\u201d\\u2026]");
    private static final Pattern LITERAL = Pattern.compile("\"\"\"(?s:.*?)\"\"\"|\"(?:[^\"\\\\\\n]|\\\\.)*\"");
    private static final Pattern COMMENTS = Pattern.compile("/\\*(?s:.*?)\\*/|//[^\\n]*");
    private static final Pattern KEYWORDS_METHOD = Pattern.compile("\\bkeywords\\(\\)\\s*\\{");

    /** Input vocabulary: words the bot reads, never shows. Files under MAIN, matched as globs. */
    static final Map<String, String> INPUT_VOCABULARY = Map.of(
            "bot/internal/*Words.java", "the chat grammar's words: dates, months, quarters, numbers, ids, @mentions",
            "declaration/internal/*Words.java", "what members type in a 申报 conversation: its opening words, "
                    + "answers (确认, 保留原申报), a branch item's 每次/上限, the decision keywords' meaning",
            "recording/internal/*Words.java", "what recorders type and upload: sheet headers and keys, item "
                    + "names, attendance and dues values, meeting markers, chat separators",
            "organization/internal/RosterWords.java", "the roster file's column headers, category and role names, date forms",
            "annual/internal/AnnualWords.java", "the annual round's keywords, review grades, grades sheet headers, "
                    + "spot-check answers and the talk's 整改措施 marker",
            "evaluation/internal/EvaluationWords.java", "the quarterly round's keywords, 签名确认's 理由, 取消 and 撤销",
            "report/internal/ReportWords.java", "the keywords of 年度报表 and 积分图");

    /**
     * Files that still assemble Chinese in Java (not yet moved into templates, or vocabulary not yet moved
     * into a *Words class). The list may only shrink: a file here that no longer has Chinese fails the test
     * until it is removed from the list.
     */
    static final Set<String> NOT_YET_MOVED = Set.of();

    @Test
    void chineseInMainJavaIsOnlyInputVocabulary() throws IOException {
        Map<String, List<String>> offenders = offenders();
        Map<String, List<String>> unexpected = new TreeMap<>(offenders);
        unexpected.keySet().removeIf(NOT_YET_MOVED::contains);
        assertThat(unexpected).as("Chinese text belongs in bot-templates/ (see src/docs/templates.md); "
                + "these files assemble it in Java").isEmpty();
        Set<String> moved = new TreeSet<>(NOT_YET_MOVED);
        moved.removeAll(offenders.keySet());
        assertThat(moved).as("no Chinese left here: remove these from NOT_YET_MOVED").isEmpty();
    }

    @Test
    void theScanSeesLiteralsAndSkipsCommentsAndKeywords() {
        String source = """
                // 注释
                /** 文档 */
                class X {
                    public Set<String> keywords() {
                        return Set.of("导出", "导出台账");
                    }
                    String reply() { return "第 " + n + " 行"; }
                    String block() { return \"""
                        多行
                        \"""; }
                }
                """;
        List<String> found = literals(source);
        assertThat(found).hasSize(3).startsWith("\"第 \"", "\" 行\"");
        assertThat(found.get(2)).startsWith("\"\"\"").contains("多行");
    }

    private static Map<String, List<String>> offenders() throws IOException {
        Map<String, List<String>> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String name = MAIN.relativize(file).toString().replace('\\', '/');
                if (INPUT_VOCABULARY.keySet().stream().anyMatch(glob -> matches(glob, name))) {
                    continue;
                }
                List<String> found = literals(Files.readString(file));
                if (!found.isEmpty()) {
                    out.put(name, found);
                }
            }
        }
        return out;
    }

    private static boolean matches(String glob, String name) {
        return name.matches(glob.replace(".", "\\.").replace("*", "[^/]*"));
    }

    /** The Chinese literals of a source, outside comments and outside a keywords() method. */
    static List<String> literals(String source) {
        String code = COMMENTS.matcher(source).replaceAll(m -> "\n".repeat((int) m.group().chars().filter(c -> c == '\n').count()));
        List<String> found = new ArrayList<>();
        Matcher kw = KEYWORDS_METHOD.matcher(code);
        List<int[]> skipped = new ArrayList<>();
        while (kw.find()) {
            int depth = 0;
            int i = kw.end() - 1;
            do {
                char c = code.charAt(i);
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                i++;
            } while (depth > 0 && i < code.length());
            skipped.add(new int[] {kw.start(), i});
        }
        Matcher m = LITERAL.matcher(code);
        while (m.find()) {
            int at = m.start();
            if (CJK.matcher(m.group()).find() && skipped.stream().noneMatch(r -> at >= r[0] && at < r[1])) {
                found.add(m.group());
            }
        }
        return found;
    }
}
