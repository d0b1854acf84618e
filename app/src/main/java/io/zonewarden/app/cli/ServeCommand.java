package io.zonewarden.app.cli;

import io.zonewarden.app.server.ServerSettings;
import io.zonewarden.app.server.ZoneWardenServer;
import io.zonewarden.app.server.security.FirstAdministrator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/** {@code zonewarden serve}: the web application and the API. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Runs the ZoneWarden server: the web application and the REST API (/api/v1) for the plants, their"
                    + " assessment, risk, captures and alerts, with accounts, roles per plant and an audit trail.",
            "Data live in an embedded H2 database under --data, or in PostgreSQL with --db-url. On the first start"
                    + " with no account, the console shows a one-time setup code for the first administrator (or"
                    + " give --admin-user with --admin-password-file or ZONEWARDEN_ADMIN_PASSWORD).",
            "Any further --name=value is passed to Spring Boot (e.g. --server.ssl.*, --zonewarden.max-upload=2GB)."
        })
final class ServeCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default: 8080)")
    int port = 8080;

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Option(
            names = "--admin-user",
            paramLabel = "NAME",
            description = "creates this first administrator when there is no account")
    @Nullable
    String adminUser;

    @Option(
            names = "--admin-password-file",
            paramLabel = "FILE",
            description = "the first administrator's password (or the environment variable ZONEWARDEN_ADMIN_PASSWORD)")
    @Nullable
    Path adminPasswordFile;

    @Option(
            names = "--keystore-password-file",
            paramLabel = "FILE",
            description = "the TLS key store's password, for --server.ssl.key-store=... (or the environment variable"
                    + " ZONEWARDEN_KEYSTORE_PASSWORD)")
    @Nullable
    Path keystorePasswordFile;

    @Option(
            names = "--demo",
            description = "imports the example plant and a capture of its traffic when there is no plant")
    boolean demo;

    @Unmatched
    List<String> springArguments = new ArrayList<>();

    @Override
    public Integer call() throws InterruptedException {
        var err = spec.commandLine().getErr();
        for (var argument : springArguments) {
            if (!argument.startsWith("--") || !argument.contains("=")) {
                err.println("zonewarden: serve: unknown argument '" + argument
                        + "' (Spring Boot properties are given as --name=value)");
                return ZoneWarden.BAD_INPUT;
            }
            var name = argument.substring(2, argument.indexOf('=')).toLowerCase(java.util.Locale.ROOT);
            if (name.contains("password") || name.contains("secret")) {
                err.println("zonewarden: serve: warning: --" + name + " on the command line can be read by every"
                        + " account of this machine (ps); give secrets in files or the environment ("
                        + "--keystore-password-file, ZONEWARDEN_KEYSTORE_PASSWORD, --db-password-file)");
            }
        }
        String dbPassword;
        String adminPassword;
        String keystorePassword;
        try {
            dbPassword = database.dbPassword();
            adminPassword = DatabaseOptions.secret(adminPasswordFile, System.getenv("ZONEWARDEN_ADMIN_PASSWORD"));
            keystorePassword =
                    DatabaseOptions.secret(keystorePasswordFile, System.getenv("ZONEWARDEN_KEYSTORE_PASSWORD"));
        } catch (IOException e) {
            err.println("zonewarden: serve: cannot read " + e.getMessage());
            return ZoneWarden.BAD_INPUT;
        }
        if (adminUser != null && adminPassword == null) {
            err.println("zonewarden: serve: --admin-user needs --admin-password-file or ZONEWARDEN_ADMIN_PASSWORD");
            return ZoneWarden.BAD_INPUT;
        }
        var dbUrl = database.dbUrl;
        if (dbUrl != null && !dbUrl.startsWith("jdbc:postgresql:") && !dbUrl.startsWith("jdbc:h2:")) {
            err.println("zonewarden: serve: --db-url must be a PostgreSQL JDBC URL (jdbc:postgresql://host:5432/db),"
                    + " got '" + dbUrl + "'");
            return ZoneWarden.BAD_INPUT;
        }
        var settings = new ServerSettings(
                port,
                database.data,
                dbUrl,
                database.dbUser,
                dbPassword,
                adminUser,
                adminPassword,
                demo,
                database.auditKeyFile(),
                keystorePassword);
        var closed = new CountDownLatch(1);
        org.springframework.context.ConfigurableApplicationContext context;
        try {
            context = ZoneWardenServer.start(settings, springArguments.toArray(String[]::new));
        } catch (ZoneWardenServer.CannotStart e) {
            err.println("zonewarden: serve: " + e.getMessage());
            return ZoneWarden.INTERNAL;
        } catch (RuntimeException e) {
            var refused = refusal(e);
            if (refused == null) throw e;
            // the operator's input was refused: say why, as for any other bad argument (exit 2, no stack trace)
            var problems = refused.problems();
            err.println("zonewarden: serve: " + refused.getMessage() + " (" + problems.size() + " problem"
                    + (problems.size() == 1 ? "" : "s") + "):");
            problems.forEach(problem -> err.println("  " + problem));
            err.flush();
            return ZoneWarden.BAD_INPUT;
        }
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) closed.countDown();
        });
        if (!context.isActive()) return ZoneWarden.INTERNAL;
        closed.await();
        return ZoneWarden.OK;
    }

    /** The administrator given at start, refused by the password policy or the account rules, if that stopped it. */
    private static FirstAdministrator.@Nullable Refused refusal(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof FirstAdministrator.Refused refused) return refused;
        }
        return null;
    }
}
