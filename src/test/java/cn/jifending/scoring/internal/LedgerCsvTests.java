package cn.jifending.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LedgerCsvTests {

    /** {@code \n} and {@code \r} written visibly; {@code \b} is the byte order mark. */
    static List<LedgerCsv.Record> read(String text) throws Exception {
        return LedgerCsv.readAll(new StringReader(
                text.replace("\\n", "\n").replace("\\r", "\r").replace("\\b", "\uFEFF")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "a,b\\r\\nc,d\\r\\n          | 2 | [a, b]      | [c, d] | 2",
            "a,b\\nc,d                   | 2 | [a, b]      | [c, d] | 2",
            "\"a,1\",b\\n\"x\"\"y\",     | 2 | [a,1, b]    | [x\"y, ] | 2",
            "\"multi\\nline\",b\\nc,d\\n | 2 | [multi\\nline, b] | [c, d] | 3",
            "\"multi\\r\\nline\",b\\r\\nc,d | 2 | [multi\\r\\nline, b] | [c, d] | 3",
            "\\ba,b\\n,\\n               | 2 | [a, b]      | [, ]   | 2",
            "a,b\\n\\nc,d                | 3 | [a, b]      | []     | 2"})
    void readsRfc4180(String text, int count, String first, String second, int secondLine) throws Exception {
        List<LedgerCsv.Record> records = read(text);
        assertThat(records).hasSize(count);
        assertThat(records.get(0).fields().toString()).isEqualTo(first.replace("\\n", "\n").replace("\\r", "\r"));
        assertThat(records.get(1).fields().toString()).isEqualTo(second);
        assertThat(records.get(1).line()).isEqualTo(secondLine);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "a,\"open\\nnever closed       | line 1: a quoted field is never closed",
            "a,b\\nc,d\\n\"e\\nf           | line 3: a quoted field is never closed",
            "\"a\"b,c                      | line 1: unexpected character after a closing quote"})
    void rejectsMalformedCsvNamingTheLine(String text, String message) {
        assertThatThrownBy(() -> read(text)).isInstanceOf(LedgerCsv.CsvException.class).hasMessage(message);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "plain | plain", "a,b | \"a,b\"", "say \"hi\" | \"say \"\"hi\"\"\"", "两行\\n文字 | \"两行\\n文字\""})
    void writesOneRecordQuotedWhenNeededAndReadsItBack(String in, String out) throws Exception {
        String value = in.replace("\\n", "\n");
        String line = LedgerCsv.line("m1", value);
        assertThat(line).isEqualTo("m1," + out.replace("\\n", "\n"));
        assertThat(LedgerCsv.readAll(new StringReader(line)).get(0).fields()).containsExactly("m1", value);
    }
}
