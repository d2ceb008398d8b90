package org.ramstein.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class DelimitedTablesProperties {

    @Provide
    Arbitrary<List<List<String>>> records() {
        Arbitrary<String> field = Arbitraries.strings().withChars("ab1,;\"\n \t|").ofMaxLength(8);
        return field.list().ofMinSize(2).ofMaxSize(5).list().ofMinSize(1).ofMaxSize(6);
    }

    /** RFC 4180: a field holding the delimiter, a quote or a line break is quoted, its quotes doubled. */
    private static String written(List<List<String>> records, char delimiter) {
        return records.stream().map(r -> r.stream().map(f -> f.indexOf(delimiter) >= 0 || f.contains("\"") || f.contains("\n")
                ? "\"" + f.replace("\"", "\"\"") + "\"" : f).collect(Collectors.joining(String.valueOf(delimiter)))).collect(Collectors.joining("\r\n"));
    }

    @Property(tries = 500)
    void recordsWrittenWithQuotesAreReadBackFieldByField(@ForAll("records") List<List<String>> records, @ForAll boolean semicolon) {
        char delimiter = semicolon ? ';' : ',';
        List<List<String>> read = DelimitedTables.records(written(records, delimiter), delimiter);
        List<List<String>> expected = records.stream().map(r -> r.stream().map(f -> f.replace('\n', ' ').strip()).toList()).toList();
        assertThat(read).isEqualTo(expected);
    }

    @Property(tries = 300)
    void everyRowOfTheTableHasTheHeadersCells(@ForAll("records") List<List<String>> records) {
        List<List<String>> header = List.of(List.of("donor", "system", "qty"));
        List<List<String>> rows = records.stream().map(r -> r.subList(0, Math.min(3, r.size()))).toList();
        String table = DelimitedTables.table(written(concat(header, rows), ','), false);
        List<String> lines = table.lines().toList();
        assertThat(lines.get(0)).isEqualTo("| donor | system | qty |");
        // each row has at least the header's cells, a pipe in a field never adding one
        for (String line : lines.subList(1, lines.size())) assertThat(line.chars().filter(c -> c == '|').count()).isGreaterThanOrEqualTo(4);
    }

    private static List<List<String>> concat(List<List<String>> a, List<List<String>> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
