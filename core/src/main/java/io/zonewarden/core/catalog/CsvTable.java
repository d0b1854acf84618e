package io.zonewarden.core.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one catalog CSV from the classpath: UTF-8 (strict, no byte order mark), a header row that must match exactly,
 * then one row per line. Every problem becomes a {@link CatalogException} naming the resource and the line.
 */
final class CsvTable {

    private static final CSVFormat FORMAT =
            CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

    private CsvTable() {}

    /** One data row, with its line for error messages. */
    record Row(String resource, long line, CSVRecord record) {

        /** The column's value; it must not be empty. */
        String text(String column) {
            var value = raw(column);
            if (value.isEmpty()) {
                throw problem("column '" + column + "' is empty");
            }
            return value;
        }

        /** The column's value, or empty when the cell is empty. */
        Optional<String> optional(String column) {
            var value = raw(column);
            return value.isEmpty() ? Optional.empty() : Optional.of(value);
        }

        /** A 0/1 flag. */
        boolean flag(String column) {
            return switch (raw(column)) {
                case "0" -> false;
                case "1" -> true;
                default -> throw problem("column '" + column + "' must be 0 or 1, got '" + raw(column) + "'");
            };
        }

        /** A decimal number without sign or padding. */
        int number(String column) {
            var value = text(column);
            if (!value.matches("\\d{1,9}")) {
                throw problem("column '" + column + "' must be a number, got '" + value + "'");
            }
            return Integer.parseInt(value);
        }

        CatalogException problem(String what) {
            return new CatalogException(resource, line, what);
        }

        private String raw(String column) {
            var value = record.get(column);
            // Padding is always a typo here, and a padded id would silently fail every lookup.
            if (!value.equals(value.strip())) {
                throw problem("column '" + column + "' has leading or trailing spaces: '" + value + "'");
            }
            return value;
        }
    }

    /**
     * Reads {@code resource} and maps each row; an {@link IllegalArgumentException} from {@code mapper} (a record that
     * rejects its values) becomes a {@link CatalogException} at that row's line.
     *
     * @param resource classpath resource name without a leading slash, e.g. {@code catalog/zcr.csv}
     * @param header the exact expected header row
     */
    static <T> List<T> read(String resource, List<String> header, Function<Row, T> mapper) {
        try (var in = open(resource);
                var parser = parse(resource, in)) {
            var names = parser.getHeaderNames();
            if (!names.isEmpty() && names.get(0).startsWith("\uFEFF")) {
                throw new CatalogException(resource, 1, "starts with a byte order mark; save it as UTF-8 without BOM");
            }
            if (!names.equals(header)) {
                throw new CatalogException(resource, 1, "header is " + names + ", expected " + header);
            }
            var rows = new ArrayList<T>();
            try {
                for (var record : parser) {
                    long line = parser.getCurrentLineNumber();
                    if (record.size() != header.size()) {
                        throw new CatalogException(
                                resource,
                                line,
                                "has " + record.size() + " fields, expected " + header.size() + " " + header);
                    }
                    try {
                        rows.add(mapper.apply(new Row(resource, line, record)));
                    } catch (IllegalArgumentException e) {
                        throw new CatalogException(resource, line, String.valueOf(e.getMessage()), e);
                    }
                }
            } catch (UncheckedIOException e) {
                throw new CatalogException(
                        resource, parser.getCurrentLineNumber() + 1, "cannot be read: " + e.getMessage(), e);
            }
            if (rows.isEmpty()) {
                throw new CatalogException(resource, 0, "has a header but no rows");
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new CatalogException(resource, 0, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** Opens a classpath resource of the catalog; missing is our bug too. */
    static InputStream open(String resource) {
        var in = CsvTable.class.getResourceAsStream("/" + resource);
        if (in == null) {
            throw new CatalogException(resource, 0, "not found on the classpath");
        }
        return in;
    }

    private static CSVParser parse(String resource, InputStream in) throws IOException {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return FORMAT.parse(new BufferedReader(new InputStreamReader(in, decoder)));
        } catch (IllegalArgumentException e) {
            // commons-csv rejects a duplicate or missing header name here
            throw new CatalogException(resource, 1, "bad header: " + e.getMessage(), e);
        }
    }
}
