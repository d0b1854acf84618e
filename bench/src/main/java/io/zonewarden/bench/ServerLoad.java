package io.zonewarden.bench;

import io.zonewarden.core.io.PlantYamlReader;
import io.zonewarden.core.model.Asset;
import io.zonewarden.core.model.Zone;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Load on a running {@code zonewarden serve} over loopback: imports a model file through the API, then puts each
 * route of the main pages and API calls under the same closed-loop load, one route after the other (a fixed number
 * of clients, each sending its next request as soon as the previous answer is read), first for a warm-up that is
 * not counted, then for the measured time. Every latency is kept; the report gives per route the requests,
 * requests/s, p50, p95, p99 and max, the errors (any answer but 200, or no answer) and the mean answer size, with
 * the 1-minute load average when the route ended, since the client and the server share the machine.
 *
 * <p>Pages are requested with a session: each client signs in once through the form (with the CSRF token of the
 * sign-in page) and keeps its cookie. The API is requested with HTTP Basic on every call. Paths vary per request
 * (page numbers, assets, zones, search texts), drawn from the model file with a fixed seed per client. Run with
 * {@code bench/run-server-benchmark.sh}.
 *
 * <p>Options: {@code --url URL --model FILE --user NAME --password-file FILE} (required), {@code --clients N}
 * (default 4), {@code --seconds S} measured per route (default 20), {@code --warmup S} per route (default 5),
 * {@code --routes REGEX} (only the routes whose name matches), {@code --goal-ms MS} (p95 goal, default 150),
 * {@code --no-import} (the plant is on the server already).
 *
 * <p>Exit status: 0, or 1 when any request of any route failed, or 2 when the run could not start.
 */
public final class ServerLoad {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*?value=\"([^\"]+)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private enum Auth {
        SESSION,
        BASIC
    }

    /** A route as the report names it, and how a client draws the next path of it. */
    private record Route(String name, Auth auth, Function<SplittableRandom, String> path) {}

    /** What the load finds out about a route. */
    private record Result(
            Route route, long requests, long errors, long bytes, double seconds, long[] sorted, String load1) {

        double percentileMs(double p) {
            if (sorted.length == 0) return Double.NaN;
            // nearest rank: the smallest latency that at least p percent of the requests did not exceed
            int rank = (int) Math.ceil(p / 100 * sorted.length);
            return sorted[Math.max(0, rank - 1)] / 1e6;
        }
    }

    /** One client's record of one phase: every latency, the errors, the bytes received and the first error seen. */
    private static final class Tally {
        long[] nanos = new long[4096];
        int count;
        long errors;
        long bytes;

        @Nullable
        String firstError;

        void ok(long elapsed, long size) {
            if (count == nanos.length) nanos = Arrays.copyOf(nanos, count * 2);
            nanos[count++] = elapsed;
            bytes += size;
        }

        void error(long elapsed, String what) {
            ok(elapsed, 0);
            errors++;
            if (firstError == null) firstError = what;
        }
    }

    /** A virtual user: its own connection pool and cookie jar (so its own session), and its own random paths. */
    private static final class Client {
        final HttpClient http;
        final SplittableRandom random;

        Client(long seed) {
            http = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
            random = new SplittableRandom(seed);
        }
    }

    private final URI base;
    private final String basic;
    private final String user;
    private final String password;

    private ServerLoad(URI base, String user, String password) {
        this.base = base;
        this.user = user;
        this.password = password;
        this.basic =
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static void main(String[] args) throws Exception {
        URI base;
        Path model;
        String user;
        Path passwordFile;
        int clients;
        int seconds;
        int warmup;
        double goalMs;
        Pattern only;
        boolean importModel;
        try {
            var options = options(args);
            base = URI.create(required(options, "url").replaceAll("/+$", "") + "/");
            model = Path.of(required(options, "model"));
            user = required(options, "user");
            passwordFile = Path.of(required(options, "password-file"));
            clients = Integer.parseInt(options.getOrDefault("clients", "4"));
            seconds = Integer.parseInt(options.getOrDefault("seconds", "20"));
            warmup = Integer.parseInt(options.getOrDefault("warmup", "5"));
            goalMs = Double.parseDouble(options.getOrDefault("goal-ms", "150"));
            only = Pattern.compile(options.getOrDefault("routes", ".*"));
            importModel = !options.containsKey("no-import");
        } catch (IllegalArgumentException e) {
            System.err.println("ServerLoad: " + e.getMessage());
            System.exit(2);
            return;
        }
        var password = Files.readString(passwordFile, StandardCharsets.UTF_8).strip();
        var plant = PlantYamlReader.read(model);
        var load = new ServerLoad(base, user, password);
        if (importModel) {
            long started = System.nanoTime();
            var answer = load.importModel(model);
            double ms = (System.nanoTime() - started) / 1e6;
            if (answer.statusCode() != 201) {
                System.err.printf(
                        Locale.ROOT,
                        "ServerLoad: import of %s answered %d: %s%n",
                        model,
                        answer.statusCode(),
                        answer.body());
                System.exit(2);
            }
            System.out.printf(Locale.ROOT, "import of %s (%d KiB): %.0f ms%n", model, Files.size(model) >> 10, ms);
        }

        var routes = routes(
                        plant.info().id(),
                        plant.assets().stream().map(Asset::id).toList(),
                        plant.zones().stream().map(Zone::id).toList())
                .stream()
                .filter(r -> only.matcher(r.name()).find())
                .toList();
        var pool = new ArrayList<Client>();
        long signInStarted = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            var client = new Client(62443L + c);
            try {
                load.signIn(client);
            } catch (IOException e) {
                System.err.println("ServerLoad: " + e.getMessage());
                System.exit(2);
            }
            pool.add(client);
        }
        double signInMs = (System.nanoTime() - signInStarted) / 1e6 / clients;

        System.out.printf(
                Locale.ROOT,
                "plant '%s': %d assets, %d zones, %d conduits; %d clients on %s, %d s warm-up + %d s per route;"
                        + " sign-in %.0f ms per client%n",
                plant.info().id(),
                plant.assets().size(),
                plant.zones().size(),
                plant.conduits().size(),
                clients,
                base,
                warmup,
                seconds,
                signInMs);
        System.out.printf(
                Locale.ROOT,
                "%d processors; load average at start: %s%n",
                Runtime.getRuntime().availableProcessors(),
                loadAverage());
        var header = String.format(
                Locale.ROOT,
                "%-44s %8s %8s %8s %8s %8s %8s %7s %9s %6s  %s",
                "route",
                "requests",
                "req/s",
                "p50 ms",
                "p95 ms",
                "p99 ms",
                "max ms",
                "errors",
                "KiB/resp",
                "load1",
                "p95 goal");
        System.out.println(header);
        System.out.println("-".repeat(header.length()));

        var results = new ArrayList<Result>();
        try (var executor = Executors.newFixedThreadPool(clients)) {
            for (var route : routes) {
                if (warmup > 0) load.run(executor, pool, route, Duration.ofSeconds(warmup), true);
                var result = load.run(executor, pool, route, Duration.ofSeconds(seconds), false);
                results.add(result);
                double p95 = result.percentileMs(95);
                System.out.printf(
                        Locale.ROOT,
                        "%-44s %8d %8.1f %8.1f %8.1f %8.1f %8.1f %7d %9.1f %6s  %s%n",
                        route.name(),
                        result.requests(),
                        result.requests() / result.seconds(),
                        result.percentileMs(50),
                        p95,
                        result.percentileMs(99),
                        result.percentileMs(100),
                        result.errors(),
                        result.requests() == result.errors()
                                ? 0.0
                                : result.bytes() / 1024.0 / (result.requests() - result.errors()),
                        result.load1(),
                        result.errors() > 0 ? "FAILED" : p95 < goalMs ? "ok" : "MISSED (" + fmt(goalMs) + " ms)");
                System.out.flush();
            }
        }
        System.out.println("load average at end: " + loadAverage());
        var missed = results.stream()
                .filter(r -> !(r.percentileMs(95) < goalMs))
                .map(r -> r.route().name())
                .toList();
        System.out.println(
                missed.isEmpty()
                        ? "every route's p95 is under " + fmt(goalMs) + " ms"
                        : missed.size() + " route(s) over " + fmt(goalMs) + " ms at p95: " + String.join("; ", missed));
        long errors = results.stream().mapToLong(Result::errors).sum();
        if (errors > 0) {
            System.out.println(errors + " request(s) failed");
            System.exit(1);
        }
    }

    /** The main pages and API calls of the web application, on the plant of the model file. */
    private static List<Route> routes(String plant, List<String> assets, List<String> zones) {
        var p = "plants/" + enc(plant);
        int webPages = (assets.size() + 49) / 50;
        int apiPages = (assets.size() + 99) / 100;
        // searches as a user types them: an address prefix (a zone's /24), a vendor, a name fragment
        Function<SplittableRandom, String> search = r -> switch (r.nextInt(3)) {
            case 0 -> "10.0." + r.nextInt(Math.max(1, Math.min(256, zones.size()))) + ".";
            case 1 -> r.nextBoolean() ? "siemens" : "schneider";
            default -> "Asset " + r.nextInt(Math.max(1, assets.size() / 10));
        };
        return List.of(
                new Route("web /plants/{id}", Auth.SESSION, r -> p),
                new Route(
                        "web /plants/{id}/assets?page=N&size=50",
                        Auth.SESSION,
                        r -> p + "/assets?page=" + (1 + r.nextInt(webPages)) + "&size=50"),
                new Route("web /plants/{id}/assets?q=TEXT", Auth.SESSION, r -> p + "/assets?q=" + enc(search.apply(r))),
                new Route(
                        "web /plants/{id}/assets?sort=ip&dir=desc", Auth.SESSION, r -> p + "/assets?sort=ip&dir=desc"),
                new Route(
                        "web /plants/{id}/assets/{assetId}",
                        Auth.SESSION,
                        r -> p + "/assets/" + enc(assets.get(r.nextInt(assets.size())))),
                new Route("web /plants/{id}/zones", Auth.SESSION, r -> p + "/zones"),
                new Route("web /plants/{id}/zones/diagram.json", Auth.SESSION, r -> p + "/zones/diagram.json"),
                new Route(
                        "web /plants/{id}/assessment?zone={zoneId}",
                        Auth.SESSION,
                        r -> p + "/assessment?zone=" + enc(zones.get(r.nextInt(zones.size())))),
                new Route("web /plants/{id}/monitoring", Auth.SESSION, r -> p + "/monitoring"),
                new Route("api /api/v1/plants/{id}", Auth.BASIC, r -> "api/v1/" + p),
                new Route(
                        "api /api/v1/plants/{id}/assets?page=N&size=100",
                        Auth.BASIC,
                        r -> "api/v1/" + p + "/assets?page=" + (1 + r.nextInt(apiPages)) + "&size=100"),
                new Route("api /api/v1/plants/{id}/zones", Auth.BASIC, r -> "api/v1/" + p + "/zones"),
                new Route("api /api/v1/plants/{id}/findings", Auth.BASIC, r -> "api/v1/" + p + "/findings"));
    }

    /**
     * Runs every client on one route for the given time; requests still in flight at the end are counted. A warm-up
     * run only reports its first error.
     */
    private Result run(ExecutorService executor, List<Client> clients, Route route, Duration length, boolean warmup)
            throws InterruptedException {
        var start = new CountDownLatch(1);
        var tasks = new ArrayList<Future<Tally>>();
        for (var client : clients) {
            Callable<Tally> task = () -> {
                var tally = new Tally();
                start.await();
                long deadline = System.nanoTime() + length.toNanos();
                while (System.nanoTime() - deadline < 0) request(client, route, tally);
                return tally;
            };
            tasks.add(executor.submit(task));
        }
        long started = System.nanoTime();
        start.countDown();
        var tallies = new ArrayList<Tally>();
        for (var task : tasks) {
            try {
                tallies.add(task.get());
            } catch (ExecutionException e) {
                throw new IllegalStateException("a client of route " + route.name() + " failed", e.getCause());
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        var load1 = loadAverage().split(" ")[0];
        int total = tallies.stream().mapToInt(t -> t.count).sum();
        var all = new long[total];
        int at = 0;
        long errors = 0;
        long bytes = 0;
        @Nullable String firstError = null;
        for (var tally : tallies) {
            System.arraycopy(tally.nanos, 0, all, at, tally.count);
            at += tally.count;
            errors += tally.errors;
            bytes += tally.bytes;
            if (firstError == null) firstError = tally.firstError;
        }
        if (firstError != null) {
            System.out.println(
                    "  first error " + (warmup ? "in the warm-up " : "") + "on " + route.name() + ": " + firstError);
        }
        Arrays.sort(all);
        return new Result(route, total, errors, bytes, seconds, all, load1);
    }

    private void request(Client client, Route route, Tally tally) throws InterruptedException {
        var path = route.path().apply(client.random);
        var builder =
                HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT).GET();
        if (route.auth() == Auth.BASIC) builder.header("Authorization", basic);
        var request = builder.build();
        long started = System.nanoTime();
        try {
            var response = client.http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            long elapsed = System.nanoTime() - started;
            if (response.statusCode() == 200) {
                tally.ok(elapsed, response.body().length);
            } else {
                tally.error(
                        elapsed,
                        "GET /" + path + " answered " + response.statusCode()
                                + response.headers()
                                        .firstValue("Location")
                                        .map(l -> " (Location: " + l + ")")
                                        .orElse(""));
            }
        } catch (IOException e) {
            tally.error(System.nanoTime() - started, "GET /" + path + ": " + e);
        }
    }

    /** Signs a client in through the form, as a browser does: the sign-in page's CSRF token, then the POST. */
    private void signIn(Client client) throws IOException, InterruptedException {
        var page = client.http.send(
                HttpRequest.newBuilder(base.resolve("login"))
                        .timeout(TIMEOUT)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        var token = CSRF.matcher(page.body());
        if (page.statusCode() != 200 || !token.find()) {
            throw new IOException("GET /login answered " + page.statusCode() + " without a _csrf field");
        }
        var form = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(token.group(1));
        var answer = client.http.send(
                HttpRequest.newBuilder(base.resolve("login"))
                        .timeout(TIMEOUT)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        var location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("/login")) {
            throw new IOException("sign-in as " + user + " failed: " + answer.statusCode() + " to '" + location + "'");
        }
    }

    private HttpResponse<String> importModel(Path model) throws IOException, InterruptedException {
        var http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        return http.send(
                HttpRequest.newBuilder(base.resolve("api/v1/plants"))
                        .timeout(Duration.ofMinutes(5))
                        .header("Authorization", basic)
                        .header("Content-Type", "application/yaml")
                        .POST(HttpRequest.BodyPublishers.ofFile(model))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The three load averages of /proc/loadavg (Linux), or "-" where there is none. */
    private static String loadAverage() {
        try {
            var fields = Files.readString(Path.of("/proc/loadavg")).strip().split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | ArrayIndexOutOfBoundsException e) {
            return "-";
        }
    }

    private static Map<String, String> options(String[] args) {
        var options = new HashMap<String, String>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) throw new IllegalArgumentException("unexpected argument '" + args[i] + "'");
            var name = args[i].substring(2);
            if (name.equals("no-import")) {
                options.put(name, "");
            } else if (i + 1 < args.length) {
                options.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException("--" + name + " needs a value");
            }
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        var value = options.get(name);
        if (value == null) throw new IllegalArgumentException("--" + name + " is required");
        return value;
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String fmt(double ms) {
        return String.format(Locale.ROOT, "%.0f", ms);
    }
}
