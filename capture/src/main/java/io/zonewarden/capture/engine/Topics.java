package io.zonewarden.capture.engine;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

/** MQTT topics of one flow: a bounded set; a topic's text is made only the first time its hash is seen. */
public final class Topics {
    private final int[] hashes = new int[64];
    private int hashCount;
    private final Set<String> names = new LinkedHashSet<>();

    void add(byte[] buf, int offset, int length, int max) {
        int h = 1;
        for (int i = 0; i < length; i++) {
            h = 31 * h + buf[offset + i];
        }
        for (int i = 0; i < hashCount; i++) {
            if (hashes[i] == h) {
                return;
            }
        }
        if (names.size() >= max || hashCount == hashes.length) {
            return;
        }
        hashes[hashCount++] = h;
        var bytes = new byte[length];
        System.arraycopy(buf, offset, bytes, 0, bytes.length);
        names.add(new String(bytes, StandardCharsets.UTF_8));
    }

    public Set<String> names() {
        return names;
    }
}
