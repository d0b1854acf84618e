package io.zonewarden.app.server;

/** What the caller named does not exist, or the caller may not know that it does (HTTP 404). */
public class NotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }
}
