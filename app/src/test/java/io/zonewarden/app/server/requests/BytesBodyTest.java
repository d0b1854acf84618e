package io.zonewarden.app.server.requests;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ReadListener;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A form body read ahead of sign-in is read again by whoever asks, blocking or not. */
class BytesBodyTest {

    private static final class Recording implements ReadListener {
        final List<String> calls = new ArrayList<>();
        final RequestLimits.BytesBody body;
        final StringBuilder read = new StringBuilder();

        Recording(RequestLimits.BytesBody body) {
            this.body = body;
        }

        @Override
        public void onDataAvailable() throws IOException {
            calls.add("data");
            int b;
            while (body.isReady() && (b = body.read()) >= 0) read.append((char) b);
        }

        @Override
        public void onAllDataRead() {
            calls.add("all");
        }

        @Override
        public void onError(Throwable t) {
            calls.add("error");
        }
    }

    @Test
    void a_read_listener_gets_the_whole_body_then_the_end() {
        var body = new RequestLimits.BytesBody("username=a&password=b".getBytes(StandardCharsets.US_ASCII));
        var listener = new Recording(body);

        body.setReadListener(listener);

        assertThat(listener.calls).containsExactly("data", "all");
        assertThat(listener.read).hasToString("username=a&password=b");
        assertThat(body.isFinished()).isTrue();
    }

    @Test
    void an_empty_body_is_at_its_end_at_once() {
        var body = new RequestLimits.BytesBody(new byte[0]);
        var listener = new Recording(body);

        body.setReadListener(listener);

        assertThat(listener.calls).containsExactly("all");
    }
}
