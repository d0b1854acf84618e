package io.zonewarden.app.cli;

import io.zonewarden.core.io.ModelFileException;
import io.zonewarden.core.io.PlantYamlReader;
import io.zonewarden.core.model.Plant;
import io.zonewarden.core.roadmap.PlanRoadmap;
import io.zonewarden.core.roadmap.Roadmap;
import io.zonewarden.core.roadmap.RoadmapOptions;
import io.zonewarden.core.roadmap.UnaffordableException;
import io.zonewarden.core.zoning.Finding;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code zonewarden roadmap MODEL.yaml --budget N}: the countermeasures that remove the most risk for the money. */
@Command(
        name = "roadmap",
        mixinStandardHelpOptions = true,
        description = {
            "Chooses the countermeasures within the budget, every prerequisite met and every required one in,"
                    + " ranking plans safety first: fewest scenarios whose safety risk is above the tolerable line,"
                    + " then fewest above the line, then the most score removed, then the lowest cost. Proves the"
                    + " choice optimal with the CP-SAT solver and orders it into phases (over several years with"
                    + " --budget-per-year, what removes most starts first). Shows the curve of risk against money,"
                    + " what stays intolerable, the validation errors left, SL-A per zone with the plan, and the"
                    + " plan picking by ratio alone would give.",
            "Exit status: 0 done, 1 the budget cannot hold the required countermeasures, 2 unreadable input or"
                    + " usage."
        })
final class RoadmapCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL.yaml", description = "the plant model file with its countermeasures")
    Path model;

    @Option(names = "--budget", paramLabel = "N", description = "the money available over the whole plan")
    @Nullable
    Long budget;

    @Option(
            names = "--years",
            paramLabel = "K",
            defaultValue = "1",
            description = "the years the plan covers; yearly costs count once per year (default: 1)")
    int years = 1;

    @Option(
            names = "--budget-per-year",
            paramLabel = "N",
            description = "what may be spent each year (one-off costs of what starts plus yearly costs of what runs);"
                    + " the phases are then the years")
    @Nullable
    Long budgetPerYear;

    @Option(
            names = "--phases",
            paramLabel = "K",
            defaultValue = "3",
            description = "phases to split a plan without a yearly budget into (default: 3)")
    int phases = 3;

    @Option(
            names = "--time-limit",
            paramLabel = "SECONDS",
            defaultValue = "10",
            description = "how long the solver may search; the result says whether it proved optimality (default: 10)")
    double timeLimit = 10;

    @Option(
            names = "--format",
            paramLabel = "text|json",
            description = "text (default) for people, json for programs",
            defaultValue = "text")
    OutputFormat format = OutputFormat.TEXT;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        if (budget == null && budgetPerYear == null) {
            err.println("zonewarden: give --budget N (and optionally --years K --budget-per-year N)");
            return ZoneWarden.BAD_INPUT;
        }
        long total = budget != null ? budget : saturatedTimes(budgetPerYear, years);
        RoadmapOptions options;
        try {
            if (!(timeLimit > 0) || timeLimit > 86_400) {
                throw new IllegalArgumentException("--time-limit must be 0..86400 seconds, got " + timeLimit);
            }
            options = RoadmapOptions.of(total)
                    .withYears(years, budgetPerYear)
                    .withPhases(phases)
                    .withTimeLimit(Duration.ofMillis(Math.round(timeLimit * 1000)));
        } catch (IllegalArgumentException e) {
            err.println("zonewarden: " + e.getMessage());
            return ZoneWarden.BAD_INPUT;
        }
        Plant plant;
        try {
            plant = PlantYamlReader.read(model);
        } catch (ModelFileException e) {
            Problems.print(err, e);
            return ZoneWarden.BAD_INPUT;
        }
        if (plant.risk().countermeasures().isEmpty()) {
            err.println("zonewarden: " + model + " lists no countermeasures; add a countermeasures section"
                    + " (docs/model-file.md)");
            return ZoneWarden.BAD_INPUT;
        }
        Roadmap roadmap;
        try {
            roadmap = PlanRoadmap.plan(plant, options);
        } catch (UnaffordableException e) {
            err.println("zonewarden: " + e.getMessage());
            return ZoneWarden.FINDINGS;
        }
        if (format == OutputFormat.JSON) {
            out.println(Json.write(json(plant, roadmap, budgetPerYear)));
        } else {
            text(out, plant, roadmap, budgetPerYear);
        }
        out.flush();
        return ZoneWarden.OK;
    }

    private static long saturatedTimes(long a, int b) {
        try {
            return Math.multiplyExact(a, (long) b);
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }

    static Map<String, Object> json(Plant plant, Roadmap r, @Nullable Long perYear) {
        var root = new LinkedHashMap<String, Object>();
        root.put("plant", plant.info().id());
        root.put("budget", r.budget());
        root.put("years", r.years());
        root.put("budgetPerYear", perYear);
        root.put("selected", r.selected());
        root.put("cost", r.cost());
        root.put("scoreBefore", r.scoreBefore());
        root.put("scoreAfter", r.scoreAfter());
        root.put("removed", r.removed());
        root.put("optimal", r.optimal());
        root.put("bound", r.bound());
        root.put("gap", Math.round(r.gap() * 10000) / 10000.0);
        root.put(
                "phases",
                r.phases().stream()
                        .map(p -> {
                            var m = new LinkedHashMap<String, Object>();
                            m.put("phase", p.number());
                            m.put("countermeasures", p.countermeasures());
                            m.put("cost", p.cost());
                            m.put("removed", p.removed());
                            m.put("scoreAfter", p.scoreAfter());
                            return m;
                        })
                        .toList());
        root.put(
                "curve",
                r.steps().stream()
                        .map(s -> {
                            var m = new LinkedHashMap<String, Object>();
                            m.put("countermeasure", s.countermeasure());
                            m.put("cost", s.cost());
                            m.put("removed", s.removed());
                            m.put("spent", s.spent());
                            m.put("scoreAfter", s.scoreAfter());
                            m.put("phase", s.phase());
                            return m;
                        })
                        .toList());
        var greedy = new LinkedHashMap<String, Object>();
        greedy.put("selected", r.greedySelected());
        greedy.put("cost", r.greedyCost());
        greedy.put("scoreAfter", r.greedyScoreAfter());
        greedy.put("removed", r.greedyRemoved());
        greedy.put("optimalRemovesMore", r.removed() - r.greedyRemoved());
        root.put("greedy", greedy);
        root.put(
                "unreached",
                r.unreached().stream()
                        .map(u -> {
                            var m = new LinkedHashMap<String, Object>();
                            m.put("scenario", u.scenario());
                            m.put("scoreAfter", u.scoreAfter());
                            m.put("bestPossible", u.bestPossible());
                            m.put("safetyScore", u.safetyScore());
                            m.put("safety", u.safety());
                            return m;
                        })
                        .toList());
        root.put("costToTolerable", r.costToTolerable());
        root.put("notSelected", r.notSelected());
        root.put("required", r.required());
        var intolerable = new LinkedHashMap<String, Object>();
        intolerable.put("safetyBefore", r.safetyIntolerableBefore());
        intolerable.put("safetyAfter", r.safetyIntolerableAfter());
        intolerable.put("before", r.intolerableBefore());
        intolerable.put("after", r.intolerableAfter());
        root.put("intolerable", intolerable);
        root.put("unresolved", findings(r.unresolved()));
        root.put("resolved", findings(r.resolved()));
        root.put(
                "zones",
                r.zones().stream()
                        .map(z -> {
                            var m = new LinkedHashMap<String, Object>();
                            m.put("zone", z.zone());
                            m.put(
                                    "slTarget",
                                    z.slTarget() == null ? null : z.slTarget().toArray());
                            m.put("slAchieved", z.slAchieved().toArray());
                            m.put("slPlanned", z.slPlanned().toArray());
                            m.put("satisfied", z.satisfied());
                            return m;
                        })
                        .toList());
        root.put("seconds", Math.round(r.seconds() * 1000) / 1000.0);
        return root;
    }

    private static java.util.List<Map<String, Object>> findings(java.util.List<Finding> findings) {
        return findings.stream()
                .map(f -> {
                    var m = new LinkedHashMap<String, Object>();
                    m.put("rule", f.rule());
                    m.put("subjects", f.subjects());
                    m.put("message", f.message());
                    return (Map<String, Object>) m;
                })
                .toList();
    }

    private static void text(PrintWriter out, Plant plant, Roadmap r, @Nullable Long perYear) {
        out.printf(
                "%s (%s): roadmap for a budget of %s over %d year%s%s%n",
                plant.info().id(),
                plant.info().name(),
                money(r.budget()),
                r.years(),
                r.years() == 1 ? "" : "s",
                perYear == null ? "" : ", at most " + money(perYear) + " a year");
        out.printf(
                "risk score %d -> %d (%d removed, %d%%) for %s; %s in %.1f s%n",
                r.scoreBefore(),
                r.scoreAfter(),
                r.removed(),
                r.scoreBefore() == 0 ? 0 : Math.round(100.0 * r.removed() / r.scoreBefore()),
                money(r.cost()),
                r.optimal()
                        ? "proved optimal"
                        : String.format(Locale.ROOT, "within %.1f%% of optimal (time limit)", 100 * r.gap()),
                r.seconds());
        out.printf(
                "above the tolerable line: %d -> %d scenarios for safety, %d -> %d in all%n",
                r.safetyIntolerableBefore(), r.safetyIntolerableAfter(), r.intolerableBefore(), r.intolerableAfter());
        if (!r.required().isEmpty()) out.printf("required: %s%n", String.join(", ", r.required()));
        for (var p : r.phases()) {
            out.printf(
                    "%n%s %d: %s, removes %d, score after %d%n",
                    perYear == null ? "phase" : "year", p.number(), money(p.cost()), p.removed(), p.scoreAfter());
            for (var s : r.steps()) {
                if (s.phase() != p.number()) continue;
                var cm = plant.risk().countermeasures().stream()
                        .filter(c -> c.id().equals(s.countermeasure()))
                        .findFirst()
                        .orElseThrow();
                out.printf(
                        "  %-22s %10s  removes %3d  spent %10s  score %d  %s%n",
                        s.countermeasure(),
                        money(s.cost()),
                        s.removed(),
                        money(s.spent()),
                        s.scoreAfter(),
                        cm.name().equals(cm.id()) ? "" : cm.name());
            }
        }
        if (r.selected().isEmpty()) out.printf("%nno countermeasure fits the budget and removes risk%n");
        out.printf(
                "%npicking by ratio alone: %s, removes %d for %s; the optimal plan removes %d more%n",
                r.greedySelected().isEmpty() ? "nothing" : String.join(", ", r.greedySelected()),
                r.greedyRemoved(),
                money(r.greedyCost()),
                r.removed() - r.greedyRemoved());
        if (!r.unreached().isEmpty()) {
            out.printf(
                    "%nbeyond this budget: %d scenarios stay above the tolerable line%n",
                    r.unreached().size());
            for (var u : r.unreached()) {
                out.printf(
                        "  %-10s score %d%s%s%n",
                        u.scenario(),
                        u.scoreAfter(),
                        u.safety() ? ", safety risk " + u.safetyScore() + " above the line" : "",
                        u.bestPossible() > plant.risk().matrix().tolerable()
                                ? " (no countermeasure in the model brings it below the line: best " + u.bestPossible()
                                        + ")"
                                : " (can be made tolerable)");
            }
            if (r.costToTolerable() != null && r.costToTolerable() > 0) {
                out.printf("  every scenario that can be made tolerable is, for %s%n", money(r.costToTolerable()));
            }
        }
        if (!r.notSelected().isEmpty()) {
            out.printf("left out, though they would remove risk: %s%n", String.join(", ", r.notSelected()));
        }
        if (!r.resolved().isEmpty() || !r.unresolved().isEmpty()) {
            out.printf(
                    "%nvalidation errors: %d resolved by the plan, %d left%n",
                    r.resolved().size(), r.unresolved().size());
            for (var f : r.resolved()) out.printf("  resolved  %-12s %s%n", f.rule(), f.message());
            for (var f : r.unresolved()) out.printf("  left      %-12s %s%n", f.rule(), f.message());
        }
        var changed = r.zones().stream()
                .filter(z -> !z.slPlanned().equals(z.slAchieved()))
                .toList();
        if (!changed.isEmpty()) {
            out.printf("%nSL-A with the plan (requirements its countermeasures satisfy counted as implemented)%n");
            for (var z : changed) {
                out.printf(
                        "  %-14s %s -> %s%s%n",
                        z.zone(),
                        braces(z.slAchieved()),
                        braces(z.slPlanned()),
                        z.slTarget() == null ? "" : "  (SL-T " + braces(z.slTarget()) + ")");
            }
        }
    }

    private static String braces(io.zonewarden.core.catalog.SecurityLevelVector v) {
        var parts = new java.util.ArrayList<String>();
        for (int level : v.toArray()) parts.add(Integer.toString(level));
        return "{" + String.join(" ", parts) + "}";
    }

    static String money(long amount) {
        return String.format(Locale.ROOT, "%,d", amount);
    }
}
