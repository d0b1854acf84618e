package io.zonewarden.app.cli;

import io.zonewarden.core.io.AdvisoryFolder;
import io.zonewarden.core.model.Plant;
import io.zonewarden.core.vulnerability.MatchVulnerabilities;
import io.zonewarden.core.vulnerability.MatchVulnerabilities.Match;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The options that bring known vulnerabilities into a command (IEC 62443-3-2 ZCR 5.2): a folder of CSAF advisories,
 * where their index is kept, and the day the owner's accepted risks are judged on.
 */
final class AdvisoryOptions {

    @Option(
            names = "--advisories",
            paramLabel = "DIR",
            description = "a folder of CSAF 2.0 advisories: the assets' known vulnerabilities are brought in (ZCR 5.2)")
    @Nullable
    Path advisories;

    @Option(
            names = "--index",
            paramLabel = "FILE",
            description = "with --advisories: where the advisories are kept once read (default:"
                    + " ~/.cache/zonewarden/advisories-index.json)")
    @Nullable
    Path index;

    @Option(names = "--no-index", description = "with --advisories: read every advisory, keep nothing")
    boolean noIndex;

    @Option(
            names = "--decisions-as-of",
            paramLabel = "DATE",
            description = "with --advisories: the day accepted risks are judged on, expired after their date"
                    + " (default: today)",
            converter = DateConverter.class)
    @Nullable
    LocalDate asOf;

    /**
     * The plant's matches with the owner's decisions applied, null without {@code --advisories}.
     *
     * @throws IOException when the folder cannot be read
     */
    @Nullable
    List<Match> matches(Plant plant, PrintWriter err, String command) throws IOException {
        if (advisories == null) return null;
        var loaded = AdvisoryFolder.load(advisories, noIndex ? null : index == null ? defaultIndex() : index);
        for (var skipped : loaded.skipped()) {
            err.println("zonewarden: " + command + ": skipped " + skipped.file() + ": " + skipped.reason());
        }
        return MatchVulnerabilities.of(loaded.advisories()).match(plant, asOf == null ? LocalDate.now() : asOf);
    }

    static Path defaultIndex() {
        var cache = System.getenv("XDG_CACHE_HOME");
        var base =
                cache == null || cache.isBlank() ? Path.of(System.getProperty("user.home"), ".cache") : Path.of(cache);
        return base.resolve("zonewarden").resolve("advisories-index.json");
    }
}
