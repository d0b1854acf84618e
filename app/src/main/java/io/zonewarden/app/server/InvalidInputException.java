package io.zonewarden.app.server;

import java.util.List;

/**
 * Input that cannot be accepted, with every problem found and where (file:line:column, field or form field). Nothing
 * was changed (HTTP 400, or 413 for a file over the limit).
 */
public class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final List<String> problems;
    private final int status;

    public InvalidInputException(String message, List<String> problems) {
        this(message, problems, 400);
    }

    public InvalidInputException(String message, List<String> problems, int status) {
        super(message);
        this.problems = List.copyOf(problems);
        this.status = status;
    }

    public InvalidInputException(String message) {
        this(message, List.of());
    }

    public List<String> problems() {
        return problems;
    }

    public int status() {
        return status;
    }
}
