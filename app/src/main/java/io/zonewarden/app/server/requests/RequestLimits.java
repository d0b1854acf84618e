package io.zonewarden.app.server.requests;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The first filter every request meets, ahead of authentication (OWASP ASVS 4.0 V13.1.3 and V12.1.1: limits on
 * request size and on resources a client can hold).
 *
 * <ul>
 *   <li>A body larger than its path takes ({@link RequestLimitSettings}) is refused from {@code Content-Length}
 *       before a byte of it is read (413); a body without a length is read through a cap.
 *   <li>Every body is read with a minimum data rate, so a client sending a byte every few seconds cannot hold a
 *       worker thread for longer than the grace period (408).
 *   <li>Before authentication (no signed-in session, no API credentials) a body may be at most a small form (sign-in,
 *       first set-up); it is read here, at once and under the rate, and at most a few such bodies are read at a time
 *       per client address and in all (429 past that), so unauthenticated clients can never take all worker threads.
 * </ul>
 *
 * A refusal is answered with {@code Connection: close}; {@link CloseAfterRefusal} makes the connector close the
 * connection instead of draining the rest of the body.
 */
public final class RequestLimits extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(RequestLimits.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Captures and evidence files: the paths whose bodies may be as large as {@code zonewarden.max-upload}. */
    private static final Pattern LARGE_BODY_PATHS =
            Pattern.compile("/(api/v1/)?plants/[^/]+/captures|/plants/[^/]+/assessment/[^/]+/answer");

    /** Tomcat's default for {@code maxParameterCount}; the forms read here have a handful. */
    private static final int MAX_PARAMETERS = 1000;

    private final RequestLimitSettings settings;
    private final Semaphore anonymousBodies;
    private final ConcurrentHashMap<String, Integer> anonymousBodiesByAddress = new ConcurrentHashMap<>();

    public RequestLimits(RequestLimitSettings settings) {
        this.settings = settings;
        this.anonymousBodies = new Semaphore(settings.anonymousTotal());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        boolean chunked = request.getHeader("Transfer-Encoding") != null;
        if (length <= 0 && !chunked) {
            chain.doFilter(request, response);
            return;
        }
        var path = request.getRequestURI().substring(request.getContextPath().length());
        long limit = "POST".equals(request.getMethod())
                        && LARGE_BODY_PATHS.matcher(path).matches()
                ? settings.maxUpload()
                : settings.maxBody();
        if (length > limit) {
            refuse(
                    response,
                    413,
                    "the request body is larger than this request may send",
                    length + " bytes sent, at most " + limit + " accepted");
            return;
        }
        boolean multipart = contentType(request).startsWith("multipart/");
        if (multipart && length < 0) {
            refuse(response, 411, "a file upload must say its length", "send a Content-Length header");
            return;
        }
        if (authenticated(request, path)) {
            chain.doFilter(new Limited(request, limit, settings.minimumRate(), settings.graceMillis()), response);
            return;
        }
        anonymous(request, response, chain, length, multipart);
    }

    /** A body from a client that has not signed in: small, a form at most, read at once, a few at a time. */
    private void anonymous(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain, long length, boolean multipart)
            throws ServletException, IOException {
        if (multipart) {
            refuse(response, 401, "sign in before sending files", "no signed-in session and no API credentials");
            return;
        }
        if (length < 0 || length > settings.anonymousBody()) {
            refuse(
                    response,
                    length < 0 ? 411 : 413,
                    "before signing in, a request body is at most " + settings.anonymousBody() + " bytes",
                    length < 0 ? "send a Content-Length header" : length + " bytes sent");
            return;
        }
        var address = request.getRemoteAddr();
        if (!enter(address)) {
            LOG.warn(
                    "{} sends more unauthenticated request bodies at once than allowed; refused {} {}",
                    address,
                    request.getMethod(),
                    request.getRequestURI());
            response.setHeader("Retry-After", "5");
            refuse(response, 429, "too many requests at once from this address", "try again in a few seconds");
            return;
        }
        try {
            var body = new LimitedBody(
                    request.getInputStream(),
                    settings.anonymousBody(),
                    settings.minimumRate(),
                    settings.anonymousGraceMillis());
            byte[] bytes;
            try {
                bytes = body.readAllBytes();
            } catch (RequestBodyRefused e) {
                LOG.warn("{}: {} {}: {}", address, request.getMethod(), request.getRequestURI(), e.getMessage());
                refuse(response, e.status(), e.getMessage(), "send the request again, at once");
                return;
            }
            HttpServletRequest read;
            if (contentType(request).startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)) {
                var form = parseForm(request, bytes);
                if (form == null) {
                    refuse(
                            response,
                            400,
                            "the form is malformed",
                            "at most " + MAX_PARAMETERS + " fields, each name=value with valid %-escapes");
                    return;
                }
                read = new ReadForm(request, bytes, form);
            } else {
                read = new ReadForm(request, bytes, Map.of());
            }
            chain.doFilter(read, response);
        } finally {
            leave(address);
        }
    }

    private boolean enter(String address) {
        if (!anonymousBodies.tryAcquire()) return false;
        boolean[] admitted = {false};
        anonymousBodiesByAddress.compute(address, (key, count) -> {
            int now = count == null ? 0 : count;
            if (now >= settings.anonymousPerAddress()) return count;
            admitted[0] = true;
            return now + 1;
        });
        if (!admitted[0]) anonymousBodies.release();
        return admitted[0];
    }

    private void leave(String address) {
        anonymousBodiesByAddress.computeIfPresent(address, (key, count) -> count <= 1 ? null : count - 1);
        anonymousBodies.release();
    }

    /**
     * Signed in through the web application's session, or an API call with credentials: HTTP Basic is checked before
     * any body is read, so a wrong password costs a bcrypt check and a closed connection, never a drained body.
     */
    private static boolean authenticated(HttpServletRequest request, String path) {
        if (path.startsWith("/api/") && request.getHeader("Authorization") != null) return true;
        var session = request.getSession(false);
        if (session == null) return false;
        var context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        if (!(context instanceof SecurityContext security)) return false;
        var authentication = security.getAuthentication();
        return authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    private static String contentType(HttpServletRequest request) {
        var type = request.getContentType();
        return type == null ? "" : type.toLowerCase(Locale.ROOT);
    }

    /** The query's and the body's fields, query first as the servlet specification orders them; null if malformed. */
    private static @Nullable Map<String, List<String>> parseForm(HttpServletRequest request, byte[] body) {
        var charset = charset(request);
        var fields = new LinkedHashMap<String, List<String>>();
        int[] count = {0};
        if (!parseFields(request.getQueryString(), StandardCharsets.UTF_8, fields, count)) return null;
        if (!parseFields(new String(body, charset), charset, fields, count)) return null;
        return fields;
    }

    private static boolean parseFields(
            @Nullable String text, Charset charset, Map<String, List<String>> fields, int[] count) {
        if (text == null || text.isEmpty()) return true;
        for (var pair : text.split("&")) {
            if (pair.isEmpty()) continue;
            if (++count[0] > MAX_PARAMETERS) return false;
            int equals = pair.indexOf('=');
            try {
                var name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), charset);
                var value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), charset);
                fields.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
        return true;
    }

    private static Charset charset(HttpServletRequest request) {
        var name = request.getCharacterEncoding();
        if (name == null) return StandardCharsets.UTF_8;
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }

    /** The same RFC 9457 shape as the API's other errors, written before any controller is reached. */
    private static void refuse(HttpServletResponse response, int status, String detail, String problem)
            throws IOException {
        response.setStatus(status);
        response.setHeader("Connection", "close");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        var body = new LinkedHashMap<String, Object>();
        body.put("type", "about:blank");
        body.put("title", HttpStatus.valueOf(status).getReasonPhrase());
        body.put("status", status);
        body.put("detail", detail);
        body.put("problems", List.of(problem));
        body.put("changed", false);
        JSON.writeValue(response.getOutputStream(), body);
    }

    /** An authenticated request whose body is read through the cap and the minimum rate. */
    private static final class Limited extends HttpServletRequestWrapper {
        private final long limit;
        private final long minimumRate;
        private final long graceMillis;
        private @Nullable LimitedBody body;
        private @Nullable BufferedReader reader;

        Limited(HttpServletRequest request, long limit, long minimumRate, long graceMillis) {
            super(request);
            this.limit = limit;
            this.minimumRate = minimumRate;
            this.graceMillis = graceMillis;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (body == null) body = new LimitedBody(super.getInputStream(), limit, minimumRate, graceMillis);
            return body;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            if (reader == null) reader = new BufferedReader(new InputStreamReader(getInputStream(), charset(this)));
            return reader;
        }
    }

    /** A request whose (small) body was read here: its form fields, or its bytes to read again. */
    private static final class ReadForm extends HttpServletRequestWrapper {
        private final byte[] body;
        private final Map<String, List<String>> fields;
        private @Nullable ServletInputStream stream;

        ReadForm(HttpServletRequest request, byte[] body, Map<String, List<String>> fields) {
            super(request);
            this.body = body;
            this.fields = fields;
        }

        @Override
        public @Nullable String getParameter(String name) {
            if (fields.isEmpty()) return super.getParameter(name);
            var values = fields.get(name);
            return values == null ? null : values.getFirst();
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            if (fields.isEmpty()) return super.getParameterMap();
            var map = new LinkedHashMap<String, String[]>();
            fields.forEach((name, values) -> map.put(name, values.toArray(String[]::new)));
            return Collections.unmodifiableMap(map);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            if (fields.isEmpty()) return super.getParameterNames();
            return Collections.enumeration(fields.keySet());
        }

        @Override
        public String @Nullable [] getParameterValues(String name) {
            if (fields.isEmpty()) return super.getParameterValues(name);
            var values = fields.get(name);
            return values == null ? null : values.toArray(String[]::new);
        }

        @Override
        public ServletInputStream getInputStream() {
            if (stream == null) stream = new BytesBody(body);
            return stream;
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), charset(this)));
        }
    }

    /** A body already read whole, to be read again. */
    static final class BytesBody extends ServletInputStream {
        private final ByteArrayInputStream in;

        BytesBody(byte[] bytes) {
            this.in = new ByteArrayInputStream(bytes);
        }

        @Override
        public int read() {
            return in.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            return in.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
            return in.available() == 0;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        /** The whole body is here already: the listener is told so at once (Servlet 6.0 section 5.3.3.2). */
        @Override
        public void setReadListener(jakarta.servlet.ReadListener listener) {
            try {
                if (!isFinished()) listener.onDataAvailable();
                listener.onAllDataRead();
            } catch (IOException e) {
                listener.onError(e);
            }
        }
    }
}
