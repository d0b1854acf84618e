package io.zonewarden.app.cli;

import java.io.OutputStream;
import java.io.Writer;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The one JSON mapper of the command line: pretty, stable key order as written. */
final class Json {

    static final JsonMapper MAPPER =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private Json() {}

    static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    /**
     * A generator in {@link ListPrettyPrinter}'s layout that leaves its target open. With {@code values} false it
     * comes from jackson-core alone and cannot write whole objects ({@code writePOJO}): setting up data binding (its
     * date formats load the JDK's calendar and locale data) is then not paid for.
     */
    static JsonGenerator listGenerator(OutputStream out, boolean values) {
        return values
                ? MAPPER.writer()
                        .with(new ListPrettyPrinter())
                        .without(StreamWriteFeature.AUTO_CLOSE_TARGET)
                        .createGenerator(out, JsonEncoding.UTF8)
                : Core.FACTORY.createGenerator(Core.LIST_LAYOUT, out, JsonEncoding.UTF8);
    }

    /** As {@link #listGenerator(OutputStream, boolean)}, writing characters. */
    static JsonGenerator listGenerator(Writer out, boolean values) {
        return values
                ? MAPPER.writer()
                        .with(new ListPrettyPrinter())
                        .without(StreamWriteFeature.AUTO_CLOSE_TARGET)
                        .createGenerator(out)
                : Core.FACTORY.createGenerator(Core.LIST_LAYOUT, out);
    }

    /** One compact line of JSON, from jackson-core alone (no {@code writePOJO}). */
    static JsonGenerator lineGenerator(Writer out) {
        return Core.FACTORY.createGenerator(Core.LINE_LAYOUT, out);
    }

    /** Loaded only by the commands that write with jackson-core alone. */
    private static final class Core {
        static final JsonFactory FACTORY = new JsonFactory();
        static final ObjectWriteContext LIST_LAYOUT = new Layout(true);
        static final ObjectWriteContext LINE_LAYOUT = new Layout(false);
    }

    private static final class Layout extends ObjectWriteContext.Base {
        private final boolean lists;

        Layout(boolean lists) {
            this.lists = lists;
        }

        @Override
        public PrettyPrinter getPrettyPrinter() {
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
