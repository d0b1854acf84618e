package io.zonewarden.core.catalog;

/**
 * The catalog resources under {@code catalog/} are wrong: a missing file, a bad header, a malformed row or a broken
 * rule between rows. The data ships with the code, so this is our bug, never the user's; the message names the
 * resource, the line and what was expected.
 */
public class CatalogException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String resource;
    private final long line;

    /**
     * @param resource the classpath resource, e.g. {@code catalog/iec62443-3-3.csv}
     * @param line the 1-based line in that resource, or 0 when the problem concerns the whole file
     * @param problem what was found and what was expected
     */
    public CatalogException(String resource, long line, String problem) {
        super(message(resource, line, problem));
        this.resource = resource;
        this.line = line;
    }

    /** As {@link #CatalogException(String, long, String)}, keeping the cause (an I/O or parse failure). */
    public CatalogException(String resource, long line, String problem, Throwable cause) {
        super(message(resource, line, problem), cause);
        this.resource = resource;
        this.line = line;
    }

    /** The classpath resource that holds the bad data. */
    public String resource() {
        return resource;
    }

    /** The 1-based line of the bad data, or 0 when the problem concerns the whole file. */
    public long line() {
        return line;
    }

    private static String message(String resource, long line, String problem) {
        return line > 0 ? resource + " line " + line + ": " + problem : resource + ": " + problem;
    }
}
