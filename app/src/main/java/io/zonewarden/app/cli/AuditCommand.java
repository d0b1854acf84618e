package io.zonewarden.app.cli;

import io.zonewarden.app.server.ServerSettings;
import io.zonewarden.app.server.audit.VerifyAuditTrail;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code zonewarden audit verify}: checks the server's hash-chained audit trail. */
@Command(
        name = "audit",
        mixinStandardHelpOptions = true,
        description = "The server's audit trail.",
        subcommands = AuditCommand.Verify.class)
final class AuditCommand {

    @Command(
            name = "verify",
            mixinStandardHelpOptions = true,
            description = {
                "Recomputes the hash chain of the audit trail entry by entry and names the first entry that was altered,"
                        + " inserted or removed. Reads the database directly; stop the server first when it uses the"
                        + " embedded database (H2 allows one process).",
                "Exit status: 0 intact, 1 broken, 2 the database cannot be opened."
            })
    static final class Verify implements Callable<Integer> {

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Mixin
        DatabaseOptions database = new DatabaseOptions();

        @Override
        public Integer call() {
            var out = spec.commandLine().getOut();
            var err = spec.commandLine().getErr();
            var data = database.data;
            var dbUrl = database.dbUrl;
            var settings = new ServerSettings(0, data, dbUrl, database.dbUser, null, null, null, false);
            if (dbUrl == null && !java.nio.file.Files.exists(data.resolve("zonewarden.mv.db"))) {
                err.println("zonewarden: audit verify: no database at " + data.resolve("zonewarden.mv.db")
                        + " (give the server's --data directory, or --db-url)");
                return ZoneWarden.BAD_INPUT;
            }
            VerifyAuditTrail.Verdict verdict;
            try {
                verdict = VerifyAuditTrail.verify(
                        settings.jdbcUrl() + (dbUrl == null ? ";IFEXISTS=TRUE" : ""),
                        database.dbUser == null ? (dbUrl == null ? "sa" : null) : database.dbUser,
                        database.dbPassword());
            } catch (java.io.IOException e) {
                err.println("zonewarden: audit verify: cannot read " + e.getMessage());
                return ZoneWarden.BAD_INPUT;
            } catch (VerifyAuditTrail.Unreadable e) {
                err.println("zonewarden: audit verify: " + e.getMessage());
                return ZoneWarden.BAD_INPUT;
            }
            if (verdict.intact()) {
                out.println(
                        "audit trail intact: " + verdict.entries() + " entries, every hash chained to the one before");
                return ZoneWarden.OK;
            }
            out.println("audit trail BROKEN at entry " + verdict.brokenAt() + ": " + verdict.problem());
            out.println(
                    "(" + verdict.entries() + " entries read; entries before " + verdict.brokenAt() + " are intact)");
            return ZoneWarden.FINDINGS;
        }
    }
}
