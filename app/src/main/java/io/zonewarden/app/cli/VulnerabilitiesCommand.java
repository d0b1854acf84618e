package io.zonewarden.app.cli;

import io.zonewarden.core.io.AdvisoryFolder;
import io.zonewarden.core.io.CsvCells;
import io.zonewarden.core.io.ModelFileException;
import io.zonewarden.core.io.PlantYamlReader;
import io.zonewarden.core.model.Plant;
import io.zonewarden.core.vulnerability.MatchVulnerabilities;
import io.zonewarden.core.vulnerability.MatchVulnerabilities.Match;
import io.zonewarden.core.vulnerability.MatchVulnerabilities.Status;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code zonewarden vulnerabilities MODEL --advisories DIR}: the plant's assets against security advisories. */
@Command(
        name = "vulnerabilities",
        mixinStandardHelpOptions = true,
        description = {
            "Matches the plant's assets against security advisories in CSAF 2.0 (CISA's ICS advisories, vendors' CSAF"
                    + " providers) read offline from a folder (IEC 62443-3-2 ZCR 5.2): by part number (confidence"
                    + " exact), else by vendor and product name (family), with the advisories' version ranges.",
            "Status per asset and advisory: affected, fixed, unknown-version (no firmware known, or a range that"
                    + " cannot be read: never taken as not affected), known_not_affected.",
            "Exit status: 0 read and matched, 2 unreadable model or folder, or usage."
        })
final class VulnerabilitiesCommand implements Callable<Integer> {

    private static final List<String> CSV_COLUMNS = List.of(
            "asset",
            "zone",
            "advisory",
            "title",
            "cves",
            "cvss",
            "status",
            "confidence",
            "product",
            "versions",
            "remediation",
            "note");

    enum Format {
        TEXT,
        JSON,
        CSV
    }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL.yaml", description = "the plant model file")
    Path model;

    @Option(
            names = "--advisories",
            paramLabel = "DIR",
            required = true,
            description = "a folder of CSAF 2.0 advisories (searched with its subfolders; X.json.sha512 checked)")
    Path advisories;

    @Option(
            names = "--index",
            paramLabel = "FILE",
            description = "where to keep the advisories once read, so that a second run parses only new ones"
                    + " (default: ~/.cache/zonewarden/advisories-index.json)")
    @Nullable
    Path index;

    @Option(names = "--no-index", description = "read every advisory, keep nothing")
    boolean noIndex;

    @Option(
            names = "--format",
            paramLabel = "text|json|csv",
            description = "text (default) for people, json for programs, csv for a spreadsheet",
            defaultValue = "text")
    Format format = Format.TEXT;

    @Option(
            names = "--decisions-as-of",
            paramLabel = "DATE",
            description = "the day the model's accepted risks are judged on, expired after their date (default: today)",
            converter = DateConverter.class)
    java.time.@Nullable LocalDate asOf;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        Plant plant;
        try {
            plant = PlantYamlReader.read(model);
        } catch (ModelFileException e) {
            Problems.print(err, e);
            return ZoneWarden.BAD_INPUT;
        }
        AdvisoryFolder.Loaded loaded;
        try {
            loaded = AdvisoryFolder.load(advisories, noIndex ? null : index == null ? defaultIndex() : index);
        } catch (IOException e) {
            err.println("zonewarden: vulnerabilities: " + e.getMessage());
            return ZoneWarden.BAD_INPUT;
        }
        for (var skipped : loaded.skipped()) {
            err.println("zonewarden: vulnerabilities: skipped " + skipped.file() + ": " + skipped.reason());
        }
        var matches = MatchVulnerabilities.of(loaded.advisories())
                .match(plant, asOf == null ? java.time.LocalDate.now() : asOf);
        switch (format) {
            case JSON -> out.println(Json.write(json(plant, loaded, matches)));
            case CSV -> csv(out, matches);
            case TEXT -> text(out, plant, loaded, matches);
        }
        out.flush();
        err.flush();
        return ZoneWarden.OK;
    }

    private static Path defaultIndex() {
        var cache = System.getenv("XDG_CACHE_HOME");
        var base =
                cache == null || cache.isBlank() ? Path.of(System.getProperty("user.home"), ".cache") : Path.of(cache);
        return base.resolve("zonewarden").resolve("advisories-index.json");
    }

    private static Map<String, Object> json(Plant plant, AdvisoryFolder.Loaded loaded, List<Match> matches) {
        var root = new LinkedHashMap<String, Object>();
        root.put("plant", plant.info().id());
        var source = new LinkedHashMap<String, Object>();
        source.put("advisories", loaded.advisories().size());
        source.put(
                "skipped",
                loaded.skipped().stream()
                        .map(s -> Map.of("file", s.file(), "reason", s.reason()))
                        .toList());
        root.put("source", source);
        var counts = new LinkedHashMap<String, Object>();
        for (var status : Status.values()) {
            counts.put(
                    status.label(),
                    matches.stream().filter(m -> m.status() == status).count());
        }
        root.put("counts", counts);
        root.put("matches", matches.stream().map(VulnerabilitiesCommand::json).toList());
        return root;
    }

    static Map<String, Object> json(Match m) {
        var o = new LinkedHashMap<String, Object>();
        o.put("asset", m.asset());
        o.put("zone", m.zone());
        o.put("advisory", m.advisory());
        o.put("title", m.title());
        o.put("cves", m.cves());
        o.put("cvss", m.cvss());
        o.put("status", m.status().label());
        o.put("confidence", m.confidence().label());
        o.put("product", m.product());
        o.put("versions", m.versions());
        o.put("remediation", m.remediation());
        if (m.note() != null) o.put("note", m.note());
        if (m.decision() != null) {
            var d = new LinkedHashMap<String, Object>();
            d.put("status", m.decision().state().label());
            d.put("justification", m.decision().justification());
            d.put(
                    "decidedBy",
                    m.decision().decisions().stream()
                            .map(x -> x.decidedBy())
                            .distinct()
                            .toList());
            d.put(
                    "expires",
                    m.decision().expires() == null
                            ? null
                            : m.decision().expires().toString());
            o.put("decision", d);
        }
        return o;
    }

    private static void csv(PrintWriter out, List<Match> matches) {
        out.print(CsvCells.row(CSV_COLUMNS));
        for (var m : matches) {
            var cells = new ArrayList<String>();
            cells.add(m.asset());
            cells.add(m.zone() == null ? "" : m.zone());
            cells.add(m.advisory());
            cells.add(m.title());
            cells.add(String.join(" ", m.cves()));
            cells.add(m.cvss() == null ? "" : m.cvss().toString());
            cells.add(m.status().label());
            cells.add(m.confidence().label());
            cells.add(m.product());
            cells.add(m.versions() == null ? "" : m.versions());
            cells.add(m.remediation() == null ? "" : m.remediation());
            cells.add(m.note() == null ? "" : m.note());
            out.print(CsvCells.row(cells));
        }
    }

    private static void text(PrintWriter out, Plant plant, AdvisoryFolder.Loaded loaded, List<Match> matches) {
        out.printf(
                "%s (%s): %d assets against %d advisories (%d skipped)%n",
                plant.info().id(),
                plant.info().name(),
                plant.assets().size(),
                loaded.advisories().size(),
                loaded.skipped().size());
        for (var status : Status.values()) {
            var some = matches.stream().filter(m -> m.status() == status).toList();
            if (some.isEmpty()) continue;
            out.printf("%n%s (%d)%n", status.label(), some.size());
            for (var m : some) {
                out.printf(
                        "  %-14s %-10s %-16s %s%s  [%s%s]%n",
                        m.asset(),
                        m.zone() == null ? "-" : m.zone(),
                        m.advisory(),
                        m.cvss() == null ? "" : "CVSS " + m.cvss() + "  ",
                        m.title(),
                        m.confidence().label(),
                        m.versions() == null ? "" : ", versions " + m.versions());
                if (!m.cves().isEmpty()) out.printf("  %-14s %s%n", "", String.join(" ", m.cves()));
                if (m.note() != null) out.printf("  %-14s note: %s%n", "", m.note());
                if (m.status() == Status.AFFECTED && m.remediation() != null) {
                    out.printf("  %-14s -> %s%n", "", oneLine(m.remediation()));
                }
            }
        }
        if (matches.isEmpty()) out.printf("%nno asset matches an advisory%n");
    }

    private static String oneLine(String text) {
        var line = text.replaceAll("\\s+", " ").strip();
        return line.length() > 200 ? line.substring(0, 197) + "..." : line;
    }
}
