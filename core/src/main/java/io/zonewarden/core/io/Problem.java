package io.zonewarden.core.io;

/**
 * One thing wrong in an input file, with where it is (line and column counted from 1; 0 when unknown).
 *
 * @param field the path of the field in the file, e.g. {@code zones[2].slTarget}, or empty
 */
public record Problem(String file, int line, int column, String field, String message) {

    /** {@code file:line:column: field: message}, the form editors and terminals link to. */
    @Override
    public String toString() {
        var sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) sb.append(':').append(column);
        }
        sb.append(": ");
        if (!field.isEmpty()) sb.append(field).append(": ");
        return sb.append(message).toString();
    }
}
