package io.zonewarden.app.cli;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;

/**
 * Jackson's indented layout, except that each element of a list directly inside the top-level object is written on
 * one line of its own, without spaces:
 *
 * <pre>
 * {
 *   "capture" : {
 *     "packets" : 6658154
 *   },
 *   "flows" : [
 *     {"transport":"tcp","client":"192.168.0.20","clientPort":36835}
 *   ]
 * }
 * </pre>
 *
 * A large capture has some 10^5 flows: one line each keeps the output searchable line by line (grep, head) and a
 * third smaller, and writes it faster than indenting every field.
 */
final class ListPrettyPrinter extends DefaultPrettyPrinter {
    private static final long serialVersionUID = 1L;

    /** Open containers: 1 inside the top-level object, 2 inside one of its lists or objects, and so on. */
    private int depth;
    /** Whether the open container at depth 2 is a list, whose elements are written one per line. */
    private boolean inTopList;
    /** The depth at which a one-line element began, 0 outside such an element. */
    private int lineFrom;

    ListPrettyPrinter() {}

    @Override
    public ListPrettyPrinter createInstance() {
        return new ListPrettyPrinter();
    }

    @Override
    public void writeStartObject(JsonGenerator g) {
        if (opensLine()) {
            g.writeRaw('{');
        } else {
            super.writeStartObject(g);
        }
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) {
        if (lineFrom == 0) super.beforeObjectEntries(g);
    }

    @Override
    public void writeObjectNameValueSeparator(JsonGenerator g) {
        if (lineFrom > 0) {
            g.writeRaw(':');
        } else {
            super.writeObjectNameValueSeparator(g);
        }
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) {
        if (lineFrom > 0) {
            g.writeRaw(',');
        } else {
            super.writeObjectEntrySeparator(g);
        }
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) {
        if (lineFrom > 0) {
            g.writeRaw('}');
            closeLine();
        } else {
            super.writeEndObject(g, entries);
            depth--;
        }
    }

    @Override
    public void writeStartArray(JsonGenerator g) {
        if (opensLine()) {
            g.writeRaw('[');
        } else if (depth == 2) {
            inTopList = true;
            g.writeRaw('[');
        } else {
            super.writeStartArray(g);
        }
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) {
        if (lineFrom > 0) return;
        if (topList()) {
            DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.writeIndentation(g, 2);
        } else {
            super.beforeArrayValues(g);
        }
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) {
        if (lineFrom > 0) {
            g.writeRaw(',');
        } else if (topList()) {
            g.writeRaw(',');
            DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.writeIndentation(g, 2);
        } else {
            super.writeArrayValueSeparator(g);
        }
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) {
        if (lineFrom > 0) {
            g.writeRaw(']');
            closeLine();
        } else if (topList()) {
            if (values > 0) {
                DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.writeIndentation(g, 1);
            } else {
                g.writeRaw(' ');
            }
            g.writeRaw(']');
            inTopList = false;
            depth--;
        } else {
            super.writeEndArray(g, values);
            depth--;
        }
    }

    /** Counts a container that opens; true when it is written on one line (inside one, or an element of a list). */
    private boolean opensLine() {
        depth++;
        if (lineFrom == 0 && depth == 3 && inTopList) lineFrom = depth;
        return lineFrom > 0;
    }

    private void closeLine() {
        if (depth == lineFrom) lineFrom = 0;
        depth--;
    }

    /** The open container is a list directly inside the top-level object. */
    private boolean topList() {
        return depth == 2 && inTopList;
    }
}
