package io.zonewarden.app.server.requests;

import jakarta.servlet.ServletException;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;

/**
 * After an error answer to a request that sent a body, the connection is closed rather than drained. By default
 * Tomcat reads ("swallows") the rest of an unread body so the connection can serve the next request; a client that
 * sends a body a byte every few seconds then holds a worker thread long after it was answered 401 or 413. Closing is
 * what Tomcat itself does for an upload it refused ({@link ActionCode#DISABLE_SWALLOW_INPUT}): the answer is still
 * written whole, then the connection ends.
 */
final class CloseAfterRefusal extends ValveBase {

    CloseAfterRefusal() {
        super(true);
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        try {
            getNext().invoke(request, response);
        } finally {
            boolean body = request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
            if (body && response.getStatus() >= 400) {
                request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
            }
        }
    }
}
