package io.zonewarden.core.io;

/**
 * The limits every model and CSV reader applies before and while it parses, so that a hostile file costs time and
 * memory in proportion to its size and is refused as a located problem, never as a stack overflow or an exhausted
 * heap. A plant model written by a person or a tool needs none of them: its lines are short, its nesting is a few
 * levels, and aliases, if any, repeat small lists.
 */
public final class InputLimits {

    /**
     * Longest line of a model or CSV file, in characters (line break not counted). The YAML scanner looks ahead
     * within a line, so a longer line would cost time in the square of its length; text longer than this is
     * written over several lines with a block scalar ({@code |} or {@code >}).
     */
    public static final int MAX_LINE_LENGTH = 64 * 1024;

    /**
     * Deepest nesting of mappings and lists in a model file. The model's own structure is under ten levels
     * deep; the YAML composer recurses per level, so without a limit a deep file exhausts the thread's stack.
     */
    public static final int MAX_DEPTH = 64;

    /**
     * How many times its own length a model file may grow when its aliases are expanded (YAML 1.2 section 3.2.2.2:
     * an alias stands for a copy of its anchored node). The limit counts characters of scalars and one per node, so
     * a file without aliases never comes near it, and a chain of aliases of aliases (the "billion laughs") is
     * refused after a few steps.
     */
    public static final int MAX_EXPANSION = 4;

    /** Added to the expansion limit so that a small file may still alias a small list a few dozen times. */
    static final int EXPANSION_ALLOWANCE = 64 * 1024;

    /**
     * Largest cell of a CSV import, in characters; a quoted cell may span lines, each within the line limit. A
     * quarter of the line limit, so that a cell taken into the model is written back on a line within it, with room
     * for quotes and escapes.
     */
    public static final int MAX_CSV_CELL = 16 * 1024;

    private InputLimits() {}

    /** The most characters the nodes of a file of {@code length} characters may expand to. */
    static long expansionLimit(int length) {
        return (long) MAX_EXPANSION * length + EXPANSION_ALLOWANCE;
    }
}
