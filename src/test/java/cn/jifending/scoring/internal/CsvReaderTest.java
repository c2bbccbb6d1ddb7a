package cn.jifending.scoring.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.StringReader;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvReaderTest {

    static List<CsvReader.Record> read(String text) throws Exception {
        return new CsvReader(new StringReader(text.replace("\\n", "\n").replace("\\r", "\r"))).readAll();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "a,b\\r\\nc,d\\r\\n          | 2 | [a, b]      | [c, d] | 2",
            "a,b\\nc,d                   | 2 | [a, b]      | [c, d] | 2",
            "\"a,1\",b\\n\"x\"\"y\",     | 2 | [a,1, b]    | [x\"y, ] | 2",
            "\"multi\\nline\",b\\nc,d\\n | 2 | [multi\\nline, b] | [c, d] | 3",
            "\uFEFFa,b\\n,\\n            | 2 | [a, b]      | [, ]   | 2"})
    void readsRfc4180(String text, int count, String first, String second, int secondLine) throws Exception {
        List<CsvReader.Record> records = read(text);
        assertThat(records).hasSize(count);
        assertThat(records.get(0).fields().toString()).isEqualTo(first.replace("\\n", "\n"));
        assertThat(records.get(1).fields().toString()).isEqualTo(second);
        assertThat(records.get(1).line()).isEqualTo(secondLine);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "a,\"open\\nnever closed | line 1: a quoted field is never closed",
            "a,b\\nc,d\"e\\n          | line 2: a quote inside an unquoted field",
            "\"a\"b,c                 | line 1: unexpected character after a closing quote"})
    void rejectsMalformedCsvNamingTheLine(String text, String message) {
        assertThatThrownBy(() -> read(text)).isInstanceOf(CsvReader.CsvException.class).hasMessage(message);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {"plain | plain", "a,b | \"a,b\"", "say \"hi\" | \"say \"\"hi\"\"\""})
    void quotesWhenNeeded(String in, String out) {
        assertThat(CsvReader.quote(in)).isEqualTo(out);
    }
}
