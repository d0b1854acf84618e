package io.zonewarden.app.server;

/**
 * An edit was made on an older version than the one stored: someone else changed the same thing in between. The
 * edit is refused, never merged or silently dropped (HTTP 409).
 */
public class StaleEditException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StaleEditException(String message) {
        super(message);
    }
}
