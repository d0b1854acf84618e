package io.zonewarden.app.cli;

import io.zonewarden.app.server.EmbeddedDatabase;
import io.zonewarden.app.server.ServerSettings;
import io.zonewarden.app.server.audit.AuditKey;
import io.zonewarden.app.server.audit.VerifyAuditTrail;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
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
                        + " inserted or removed. Entries sealed with the audit key (HMAC-SHA256) need the key file;"
                        + " entries from before the key are plain SHA-256. Reads the database directly; stop the server"
                        + " first when it uses the embedded database (H2 allows one process).",
                "With --expect-head, a chain head recorded earlier (the server logs it at start and after every"
                        + " change; GET /api/v1/audit/head) must still be in the chain: this catches a chain rewritten"
                        + " by someone holding the key, removed last entries and a trail started over.",
                "Exit status: 0 intact, 1 broken, 2 the database or the key cannot be read."
            })
    static final class Verify implements Callable<Integer> {

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Mixin
        DatabaseOptions database = new DatabaseOptions();

        @Option(
                names = "--expect-head",
                paramLabel = "SEQ:HASH",
                description = "a chain head recorded earlier, as SEQ:HASH (or the hash alone)")
        @Nullable
        String expectHead;

        @Override
        public Integer call() {
            var out = spec.commandLine().getOut();
            var err = spec.commandLine().getErr();
            var data = database.data;
            var dbUrl = database.dbUrl;
            var settings = new ServerSettings(
                    0, data, dbUrl, database.dbUser, null, null, null, false, database.auditKeyFile(), null);
            if (dbUrl == null && !Files.exists(data.resolve(EmbeddedDatabase.DATABASE_FILE))) {
                err.println("zonewarden: audit verify: no database at " + data.resolve(EmbeddedDatabase.DATABASE_FILE)
                        + " (give the server's --data directory, or --db-url)");
                return ZoneWarden.BAD_INPUT;
            }
            VerifyAuditTrail.ExpectedHead expected = null;
            if (expectHead != null) {
                try {
                    expected = VerifyAuditTrail.ExpectedHead.parse(expectHead);
                } catch (IllegalArgumentException e) {
                    err.println("zonewarden: audit verify: --expect-head: " + e.getMessage());
                    return ZoneWarden.BAD_INPUT;
                }
            }
            var keyFile = settings.auditKey();
            VerifyAuditTrail.Verdict verdict;
            try {
                AuditKey key = null;
                if (Files.exists(keyFile)) {
                    key = AuditKey.read(keyFile);
                } else if (database.auditKeyFile() != null) {
                    err.println("zonewarden: audit verify: no audit key at " + keyFile);
                    return ZoneWarden.BAD_INPUT;
                }
                var password = dbUrl == null ? EmbeddedDatabase.existingPassword(data) : database.dbPassword();
                verdict = VerifyAuditTrail.verify(
                        settings.jdbcUrl() + (dbUrl == null ? ";IFEXISTS=TRUE" : ""),
                        database.dbUser == null ? (dbUrl == null ? EmbeddedDatabase.USER : null) : database.dbUser,
                        password,
                        key,
                        expected);
            } catch (java.io.IOException e) {
                err.println("zonewarden: audit verify: cannot read " + e.getMessage());
                return ZoneWarden.BAD_INPUT;
            } catch (VerifyAuditTrail.Unreadable e) {
                err.println("zonewarden: audit verify: " + e.getMessage());
                return ZoneWarden.BAD_INPUT;
            }
            if (verdict.intact()) {
                out.println(
                        "audit trail intact: " + verdict.entries() + " entries, every hash chained to the one before"
                                + (expected == null ? "" : ", and the expected head " + expected + " is in the chain"));
                out.println("chain head: " + verdict.head());
                return ZoneWarden.OK;
            }
            out.println("audit trail BROKEN at entry " + verdict.brokenAt() + ": " + verdict.problem());
            out.println(
                    "(" + verdict.entries() + " entries read; entries before " + verdict.brokenAt() + " are intact)");
            return ZoneWarden.FINDINGS;
        }
    }
}
