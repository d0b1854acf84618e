package io.zonewarden.app.server.api;

import io.zonewarden.app.server.InvalidInputException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Request bodies that must be UTF-8 text. */
final class Texts {

    static final int MAX_TEXT_BYTES = 64 << 20;

    private Texts() {}

    static String utf8(byte[] body, String name) {
        if (body.length > MAX_TEXT_BYTES) {
            throw new InvalidInputException(
                    "the body is too large",
                    List.of(name + ": " + body.length + " bytes; a model or inventory file is at most " + MAX_TEXT_BYTES
                            + " bytes"),
                    413);
        }
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var in = ByteBuffer.wrap(body);
        var out = CharBuffer.allocate(body.length + 1);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new InvalidInputException(
                    "the body is not UTF-8 text",
                    List.of(name + ": byte " + in.position() + ": not UTF-8; send the file as UTF-8"));
        }
        out.flip();
        return out.toString();
    }
}
