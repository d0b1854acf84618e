package io.zonewarden.core.io;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * What every CSV import shares: strict UTF-8 reading, the format (RFC 4180, surrounding spaces and empty lines
 * ignored), the header row naming columns in any order, and the messages for a file that is not CSV at all.
 */
final class CsvInput {

    static final CSVFormat FORMAT = CSVFormat.RFC4180
            .builder()
            .setIgnoreSurroundingSpaces(true)
            .setIgnoreEmptyLines(true)
            .get();

    /** commons-csv names the line a quoted field started on when the file ends inside it. */
    private static final Pattern START_LINE = Pattern.compile("startline (\\d+)");

    /** Reads an import from a character stream named {@code file} in problems. */
    @FunctionalInterface
    interface Reading<T> {
        T read(Reader reader, String file) throws IOException, ModelFileException;
    }

    private CsvInput() {}

    /** Reads a file as strict UTF-8: a Latin-1 export would otherwise turn into silently wrong names. */
    static <T> T read(Path csv, Reading<T> reading) throws ModelFileException {
        var name = csv.toString();
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (var reader = new InputStreamReader(Files.newInputStream(csv), decoder)) {
            return reading.read(new LineLimit(reader), name);
        } catch (LineLimit.TooLong e) {
            throw new ModelFileException(YamlInput.tooLong(name, e.line, -1), e);
        } catch (NoSuchFileException e) {
            throw new ModelFileException(new Problem(name, 0, 0, "", "no such file"), e);
        } catch (CharacterCodingException e) {
            throw new ModelFileException(new Problem(name, 0, 0, "", "not UTF-8 text: " + e.getMessage()), e);
        } catch (IOException e) {
            throw new ModelFileException(new Problem(name, 0, 0, "", "cannot read: " + e), e);
        }
    }

    static <T> T read(String csv, String sourceName, Reading<T> reading) throws ModelFileException {
        try {
            return reading.read(new LineLimit(new StringReader(csv)), sourceName);
        } catch (LineLimit.TooLong e) {
            throw new ModelFileException(YamlInput.tooLong(sourceName, e.line, -1), e);
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
    }

    /**
     * The columns a header row names, by their known spelling (any case, a spreadsheet's byte-order mark dropped);
     * unknown columns (with a suggestion), repeated ones and missing required ones are problems.
     */
    static Map<String, Integer> header(
            CSVRecord header, String file, List<String> known, List<String> required, List<Problem> problems) {
        var columns = new LinkedHashMap<String, Integer>();
        for (int i = 0; i < header.size(); i++) {
            var cell = header.get(i).strip();
            var name = i == 0 && cell.startsWith("\uFEFF") ? cell.substring(1) : cell;
            var column = known.stream().filter(c -> c.equalsIgnoreCase(name)).findFirst();
            if (column.isEmpty()) {
                problems.add(new Problem(
                        file,
                        1,
                        i + 1,
                        name,
                        "unknown column '" + name + "'" + DidYouMean.hint(name, known) + "; known columns: "
                                + String.join(", ", known)));
            } else if (columns.putIfAbsent(column.get(), i) != null) {
                problems.add(new Problem(file, 1, i + 1, name, "column '" + name + "' appears twice"));
            }
        }
        for (var column : required) {
            if (problems.isEmpty() && !columns.containsKey(column)) {
                problems.add(new Problem(file, 1, 0, column, "the header has no '" + column + "' column"));
            }
        }
        return columns;
    }

    /**
     * The next record of {@code parser}, or {@code null} at the end, or when the rest of the file cannot be read or
     * the record has a cell over {@link InputLimits#MAX_CSV_CELL} (the problem recorded: the caller stops).
     */
    static @Nullable CSVRecord next(
            CSVParser parser, Iterator<CSVRecord> records, String file, List<Problem> problems) {
        CSVRecord record;
        try {
            if (!records.hasNext()) return null;
            record = records.next();
        } catch (UncheckedIOException e) {
            problems.add(unreadable(file, e, (int) parser.getCurrentLineNumber() + 1));
            return null;
        }
        for (int i = 0; i < record.size(); i++) {
            int length = record.get(i).length();
            if (length > InputLimits.MAX_CSV_CELL) {
                problems.add(new Problem(
                        file,
                        (int) parser.getCurrentLineNumber(),
                        i + 1,
                        "",
                        "cell of %,d characters; expected at most %,d".formatted(length, InputLimits.MAX_CSV_CELL)));
                return null;
            }
        }
        return record;
    }

    /**
     * A failure commons-csv reports while scanning for the next record: bytes that are not UTF-8, or a quoted field
     * left open (its message names the line the field started on).
     */
    static Problem unreadable(String file, UncheckedIOException e, int line) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof LineLimit.TooLong tooLong) return YamlInput.tooLong(file, tooLong.line, -1);
            if (t instanceof CharacterCodingException) {
                return new Problem(
                        file, line, 0, "", "not UTF-8 text: save the file as UTF-8 (" + t.getMessage() + ")");
            }
        }
        var matcher = START_LINE.matcher(String.valueOf(e.getMessage()));
        if (matcher.find()) {
            return new Problem(
                    file,
                    Integer.parseInt(matcher.group(1)),
                    0,
                    "",
                    "not valid CSV: a quoted field is not closed before the end of the file");
        }
        return new Problem(file, line, 0, "", "not valid CSV: " + e.getMessage());
    }
}
