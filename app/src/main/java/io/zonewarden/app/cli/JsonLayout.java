package io.zonewarden.app.cli;

import java.io.OutputStream;
import java.io.Writer;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.ObjectWriter;

/**
 * Generators for analyze's output, which leave their target open. Without whole objects to write they come from
 * jackson-core alone: {@link Json#MAPPER} is then never touched, and setting up data binding (its date formats load
 * the JDK's calendar and locale data) is not paid for.
 */
final class JsonLayout {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final ObjectWriteContext LISTS = new Layout(true);
    private static final ObjectWriteContext LINE = new Layout(false);

    private JsonLayout() {}

    /**
     * A generator in {@link ListPrettyPrinter}'s layout; with {@code values} it can also write whole objects
     * ({@code writePOJO}) through {@link Json#MAPPER}.
     */
    static JsonGenerator lists(OutputStream out, boolean values) {
        return values
                ? valueWriter().createGenerator(out, JsonEncoding.UTF8)
                : FACTORY.createGenerator(LISTS, out, JsonEncoding.UTF8);
    }

    /** As {@link #lists(OutputStream, boolean)}, writing characters. */
    static JsonGenerator lists(Writer out, boolean values) {
        return values ? valueWriter().createGenerator(out) : FACTORY.createGenerator(LISTS, out);
    }

    /** Data binding in the same layout, for whole objects; touches {@link Json#MAPPER} only when called. */
    private static ObjectWriter valueWriter() {
        return Json.MAPPER.writer().with(new ListPrettyPrinter()).without(StreamWriteFeature.AUTO_CLOSE_TARGET);
    }

    /** One compact line of JSON (no {@code writePOJO}). */
    static JsonGenerator line(Writer out) {
        return FACTORY.createGenerator(LINE, out);
    }

    private static final class Layout extends ObjectWriteContext.Base {
        private final boolean lists;

        Layout(boolean lists) {
            this.lists = lists;
        }

        @Override
        public @Nullable PrettyPrinter getPrettyPrinter() {
            return lists ? new ListPrettyPrinter() : null;
        }

        @Override
        public boolean hasPrettyPrinter() {
            return lists;
        }

        @Override
        public int getStreamWriteFeatures(int defaults) {
            return defaults & ~StreamWriteFeature.AUTO_CLOSE_TARGET.getMask();
        }
    }
}
