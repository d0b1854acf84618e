package io.zonewarden.app.cli;

import io.zonewarden.core.io.CsvCells;
import io.zonewarden.core.io.ModelFileException;
import io.zonewarden.core.io.PlantYamlReader;
import io.zonewarden.core.model.Plant;
import io.zonewarden.core.organisation.AssessAwareness;
import io.zonewarden.core.organisation.AwarenessDue;
import io.zonewarden.core.organisation.AwarenessReport;
import io.zonewarden.core.organisation.AwarenessStatus;
import io.zonewarden.core.organisation.Coverage;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code zonewarden awareness MODEL.yaml}: who is due or overdue for which awareness module, coverage and trend. */
@Command(
        name = "awareness",
        mixinStandardHelpOptions = true,
        description = {
            "Reports the awareness programme of a plant model (IEC 62443-2-1 ORG 1.4, 1.5): who is overdue or due"
                    + " soon for which module, coverage per module, department and discipline, the trend over the"
                    + " past twelve months and how each campaign went.",
            "--format csv lists the overdue and due people, one row per person and module, for a mail merge.",
            "Exit status: 0 reported, 1 someone is overdue and --fail-on-overdue was given, 2 unreadable input or"
                    + " usage."
        })
final class AwarenessCommand implements Callable<Integer> {

    /** How the report is printed. */
    enum Format {
        TEXT,
        JSON,
        CSV
    }

    static final List<String> CSV_COLUMNS = List.of(
            "person",
            "name",
            "email",
            "department",
            "discipline",
            "module",
            "title",
            "status",
            "due",
            "lastCompleted",
            "daysOverdue");

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL.yaml", description = "the plant model file")
    Path model;

    @Option(
            names = "--as-of",
            paramLabel = "DATE",
            description = "the day to report as of, e.g. 2026-11-26 (default: today)",
            converter = DateConverter.class)
    @Nullable
    LocalDate asOf;

    @Option(
            names = "--due-within",
            paramLabel = "DAYS",
            description = "count as due soon what falls due within this many days: 30d (default), 6w, 0",
            defaultValue = "30d",
            converter = DaysConverter.class)
    int dueWithin = 30;

    @Option(
            names = "--format",
            paramLabel = "text|json|csv",
            description = "text (default) for people, json for programs, csv for a mail merge",
            defaultValue = "text")
    Format format = Format.TEXT;

    @Option(names = "--fail-on-overdue", description = "exit 1 when anyone is overdue, e.g. for a scheduled check")
    boolean failOnOverdue;

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
        var day = asOf == null ? LocalDate.now() : asOf;
        var report = new AssessAwareness(plant.organisation()).report(day, dueWithin);
        switch (format) {
            case JSON -> out.println(Json.write(json(plant, report)));
            case CSV -> csv(out, report);
            case TEXT -> text(out, plant, report);
        }
        out.flush();
        if (plant.organisation().awareness().modules().isEmpty()) {
            err.println("zonewarden: " + model + " describes no awareness modules (organisation.awareness.modules)");
            err.flush();
        }
        boolean overdue = !report.withStatus(AwarenessStatus.OVERDUE).isEmpty();
        return failOnOverdue && overdue ? ZoneWarden.FINDINGS : ZoneWarden.OK;
    }

    /** The people to write to, most overdue first. */
    private static List<AwarenessDue> actionable(AwarenessReport report) {
        return report.dues().stream()
                .filter(d -> d.status() != AwarenessStatus.CURRENT)
                .sorted(java.util.Comparator.comparing(AwarenessDue::due)
                        .thenComparing(d -> d.person().id())
                        .thenComparing(d -> d.module().id()))
                .toList();
    }

    private static Map<String, Object> due(AwarenessDue d) {
        var m = new LinkedHashMap<String, Object>();
        m.put("person", d.person().id());
        m.put("name", d.person().name());
        m.put("email", d.person().email());
        m.put("department", d.person().department());
        m.put("discipline", d.person().discipline().label());
        m.put("module", d.module().id());
        m.put("status", d.status().label());
        m.put("due", d.due().toString());
        m.put(
                "lastCompleted",
                d.lastCompleted() == null ? null : d.lastCompleted().toString());
        m.put("intervalMonths", d.intervalMonths());
        m.put("daysOverdue", d.daysOverdue());
        return m;
    }

    private static Map<String, Object> coverage(Coverage c) {
        var m = new LinkedHashMap<String, Object>();
        m.put("group", c.group());
        m.put("required", c.required());
        m.put("current", c.current());
        m.put("percent", c.percent());
        return m;
    }

    private static Map<String, Object> json(Plant plant, AwarenessReport report) {
        var root = new LinkedHashMap<String, Object>();
        root.put("plant", plant.info().id());
        root.put("asOf", report.asOf().toString());
        root.put("dueWithinDays", report.dueWithin());
        root.put("overdue", report.withStatus(AwarenessStatus.OVERDUE).size());
        root.put("dueSoon", report.withStatus(AwarenessStatus.DUE_SOON).size());
        root.put("dues", report.dues().stream().map(AwarenessCommand::due).toList());
        var coverage = new LinkedHashMap<String, Object>();
        coverage.put("overall", coverage(report.overall()));
        coverage.put(
                "byModule",
                report.byModule().stream().map(AwarenessCommand::coverage).toList());
        coverage.put(
                "byDepartment",
                report.byDepartment().stream().map(AwarenessCommand::coverage).toList());
        coverage.put(
                "byDiscipline",
                report.byDiscipline().stream().map(AwarenessCommand::coverage).toList());
        root.put("coverage", coverage);
        root.put(
                "trend",
                report.trend().stream()
                        .map(t -> {
                            var m = new LinkedHashMap<String, Object>();
                            m.put("date", t.date().toString());
                            m.put("required", t.required());
                            m.put("current", t.current());
                            m.put("percent", t.percent());
                            return m;
                        })
                        .toList());
        root.put(
                "campaigns",
                report.campaigns().stream()
                        .map(c -> {
                            var m = new LinkedHashMap<String, Object>();
                            m.put("campaign", c.campaign().id());
                            m.put("module", c.module());
                            m.put("start", c.campaign().start().toString());
                            m.put("end", c.campaign().end().toString());
                            m.put("completed", c.completed());
                            m.put("missing", c.missing());
                            m.put("percent", c.percent());
                            return m;
                        })
                        .toList());
        return root;
    }

    private static void csv(PrintWriter out, AwarenessReport report) {
        out.print(CsvCells.row(CSV_COLUMNS));
        for (var d : actionable(report)) {
            var cells = List.of(
                    d.person().id(),
                    d.person().name(),
                    d.person().email() == null ? "" : d.person().email(),
                    d.person().department() == null ? "" : d.person().department(),
                    d.person().discipline().label(),
                    d.module().id(),
                    d.module().title(),
                    d.status().label(),
                    d.due().toString(),
                    d.lastCompleted() == null ? "" : d.lastCompleted().toString(),
                    Long.toString(d.daysOverdue()));
            out.print(CsvCells.row(cells));
        }
    }

    private static void text(PrintWriter out, Plant plant, AwarenessReport report) {
        out.printf(
                "%s (%s): awareness programme as of %s, due soon = within %d days%n",
                plant.info().id(), plant.info().name(), report.asOf(), report.dueWithin());
        var actionable = actionable(report);
        for (var status : List.of(AwarenessStatus.OVERDUE, AwarenessStatus.DUE_SOON)) {
            var some = actionable.stream().filter(d -> d.status() == status).toList();
            out.printf("%n%s (%d)%n", status == AwarenessStatus.OVERDUE ? "overdue" : "due soon", some.size());
            for (var d : some) {
                out.printf(
                        "  %-16s %-24s %-22s due %s%s%s%n",
                        d.person().id(),
                        d.person().name(),
                        d.module().id(),
                        d.due(),
                        d.lastCompleted() == null ? ", never completed" : ", last " + d.lastCompleted(),
                        d.daysOverdue() > 0 ? " (" + d.daysOverdue() + " days overdue)" : "");
            }
        }
        var overall = report.overall();
        out.printf("%ncoverage: %d%% current (%d of %d)%n", overall.percent(), overall.current(), overall.required());
        line(out, "by module", report.byModule());
        line(out, "by department", report.byDepartment());
        line(out, "by discipline", report.byDiscipline());
        out.printf("%ntrend (coverage on the same day of each month)%n ");
        report.trend().forEach(t -> out.printf(" %s %d%%", t.date().toString().substring(0, 7), t.percent()));
        out.println();
        if (!report.campaigns().isEmpty()) {
            out.printf("%ncampaigns%n");
            for (var c : report.campaigns()) {
                out.printf(
                        "  %-14s %-22s %d of %d (%d%%)%s%n",
                        c.campaign().id(),
                        c.module(),
                        c.completed().size(),
                        c.completed().size() + c.missing().size(),
                        c.percent(),
                        c.missing().isEmpty() ? "" : "; missing: " + String.join(", ", c.missing()));
            }
        }
    }

    private static void line(PrintWriter out, String label, List<Coverage> coverage) {
        out.printf(
                "  %-14s %s%n",
                label,
                coverage.stream()
                        .map(c -> c.group() + " " + c.percent() + "% (" + c.current() + "/" + c.required() + ")")
                        .collect(Collectors.joining(", ")));
    }
}
