package io.zonewarden.app.server.requests;

import java.io.IOException;

/**
 * A request body stopped while it was being read: larger than the request may send (HTTP 413), or arriving slower
 * than the minimum data rate (HTTP 408). Nothing was changed.
 */
public final class RequestBodyRefused extends IOException {
    private static final long serialVersionUID = 1L;

    private final int status;

    RequestBodyRefused(int status, String message) {
        super(message);
        this.status = status;
    }

    static RequestBodyRefused tooLarge(long limit) {
        return new RequestBodyRefused(
                413, "the request body is larger than this request may send (" + limit + " bytes)");
    }

    static RequestBodyRefused tooSlow(long bytes, long millis, long minimumRate) {
        return new RequestBodyRefused(
                408,
                "the request body arrived too slowly: " + bytes + " bytes in " + millis / 1000 + " s, below the "
                        + minimumRate + " bytes per second this server requires");
    }

    /** 413 or 408. */
    public int status() {
        return status;
    }
}
