package io.zonewarden.app.server.requests;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.IOException;

/**
 * A request body read through a cap and a clock: more than {@code limit} bytes, or fewer bytes than the minimum rate
 * allows once the grace period is over, ends the read with {@link RequestBodyRefused}. The clock is checked on every
 * read, so a client that sends a byte now and then (a slow-body attack) is cut off at the first read past the
 * allowance; a client that sends nothing at all is cut off by the connector's read timeout. A body already complete is
 * never refused for its rate, however slowly the handler reads it.
 */
final class LimitedBody extends ServletInputStream {

    private final ServletInputStream in;
    private final long limit;
    private final long minimumRate;
    private final long graceNanos;
    private long started = -1;
    private long read;

    LimitedBody(ServletInputStream in, long limit, long minimumRate, long graceMillis) {
        this.in = in;
        this.limit = limit;
        this.minimumRate = minimumRate;
        this.graceNanos = graceMillis * 1_000_000L;
    }

    @Override
    public int read() throws IOException {
        check(0);
        int b = in.read();
        if (b >= 0) check(1);
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        check(0);
        // never ask for more than one byte past the limit: the refusal must not wait for a large read to fill
        int n = in.read(buffer, offset, (int) Math.min(length, limit - read + 1));
        if (n > 0) check(n);
        return n;
    }

    private void check(int justRead) throws RequestBodyRefused {
        read += justRead;
        if (read > limit) throw RequestBodyRefused.tooLarge(limit);
        // the clock starts at the first read, not when the request arrived: a handler may read late
        long now = System.nanoTime();
        if (started < 0) started = now;
        long elapsed = now - started;
        if (elapsed > graceNanos && minimumRate > 0 && !in.isFinished()) {
            // the rate is averaged from the start, so a burst after the grace period still has to make up for it
            double seconds = elapsed / 1e9;
            if (read < minimumRate * seconds) throw RequestBodyRefused.tooSlow(read, elapsed / 1_000_000, minimumRate);
        }
    }

    @Override
    public boolean isFinished() {
        return in.isFinished();
    }

    @Override
    public boolean isReady() {
        return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
        in.setReadListener(listener);
    }

    @Override
    public int available() throws IOException {
        return in.available();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
