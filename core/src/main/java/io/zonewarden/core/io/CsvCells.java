package io.zonewarden.core.io;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Cells and rows for every CSV file ZoneWarden writes: RFC 4180 quoting, and no cell a spreadsheet would run as a
 * formula. Exports carry text from model files, imports and captures, which anyone who can edit a plant or put
 * traffic on the wire controls; a cell such as {@code =HYPERLINK(...)} or {@code +cmd|' /C calc'!A0} would run on
 * the reader's machine when the export is opened (CSV injection, CWE-1236). Following the OWASP "CSV Injection"
 * rule, a cell starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return (or the
 * full-width forms of the first four, which some spreadsheets read alike) gets a single quote in front and is quoted,
 * so it shows as the text it is. A plain number such as {@code -3} is left alone: it is no formula, and the quote
 * would turn it into text.
 */
public final class CsvCells {

    /** The line end RFC 4180 prescribes. */
    public static final String LINE_END = "\r\n";

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private CsvCells() {}

    /** One cell, quoted when it must be and neutralised when a spreadsheet would run it. */
    public static String cell(String value) {
        if (runnable(value)) return quoted("'" + value);
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return quoted(value);
    }

    /** One row: its cells joined by commas, ended by CR LF. */
    public static String row(List<String> cells) {
        return cells.stream().map(CsvCells::cell).collect(Collectors.joining(",")) + LINE_END;
    }

    /** True when a spreadsheet would take the cell for a formula (or the start of one). */
    static boolean runnable(String value) {
        if (value.isEmpty() || NUMBER.matcher(value).matches()) return false;
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20' -> true;
            default -> false;
        };
    }

    private static String quoted(String value) {
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
