package io.zonewarden.core.io;

import io.zonewarden.core.model.Ids;
import io.zonewarden.core.model.Plant;
import io.zonewarden.core.model.risk.ConsequenceCategory;
import io.zonewarden.core.model.risk.Consequences;
import io.zonewarden.core.model.risk.Hazard;
import io.zonewarden.core.model.risk.Safeguard;
import io.zonewarden.core.model.risk.SafeguardKind;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/**
 * Imports process hazards from a hazard study exported as CSV, one row per hazard: {@code id}, {@code description},
 * a consequence level per category ({@code safety}, {@code environment}, {@code production}, {@code financial},
 * {@code reputation}, {@code regulatory}: numbers or the matrix's labels, empty when not rated) and
 * {@code safeguards}: entries separated by {@code ;}, each {@code ID[:kind][@zone]}, where {@code @zone} marks a
 * cyber-dependent safeguard running in that zone ({@code SIF-12:sis-trip@bpcs; PSV-1:mechanical}). A hazard id
 * already in the model is replaced. Every row is checked first; one bad row and nothing is imported.
 */
public final class HazardCsvImport {

    public static final List<String> COLUMNS = List.of(
            "id",
            "description",
            "safety",
            "environment",
            "production",
            "financial",
            "reputation",
            "regulatory",
            "safeguards");

    /** The plant with the hazards merged in, and which ids were added and which replaced. */
    public record Result(Plant plant, List<String> added, List<String> replaced) {}

    private HazardCsvImport() {}

    public static Result apply(Plant plant, Path csv) throws ModelFileException {
        return CsvInput.read(csv, (reader, name) -> apply(plant, reader, name));
    }

    public static Result apply(Plant plant, String csv, String sourceName) throws ModelFileException {
        return CsvInput.read(csv, sourceName, (reader, name) -> apply(plant, reader, name));
    }

    private static Result apply(Plant plant, Reader reader, String file) throws IOException, ModelFileException {
        var problems = new ArrayList<Problem>();
        var hazards = new ArrayList<Hazard>();
        var lines = new ArrayList<Integer>();
        try (var parser = CsvInput.FORMAT.parse(reader)) {
            var iterator = parser.iterator();
            if (!iterator.hasNext()) {
                throw new ModelFileException(List.of(new Problem(
                        file, 1, 0, "", "empty file; expected a header row such as id,description,safety,safeguards")));
            }
            var columns = CsvInput.header(iterator.next(), file, COLUMNS, List.of("id"), problems);
            if (!problems.isEmpty()) throw new ModelFileException(problems);
            var seen = new HashMap<String, Integer>();
            CSVRecord record;
            while (problems.size() < YamlReading.MAX_PROBLEMS
                    && (record = CsvInput.next(parser, iterator, file, problems)) != null) {
                int line = (int) parser.getCurrentLineNumber();
                var hazard = row(record, line, columns, file, plant, problems);
                if (hazard == null) continue;
                var first = seen.putIfAbsent(hazard.id(), line);
                if (first != null) {
                    problems.add(new Problem(
                            file,
                            line,
                            columns.get("id") + 1,
                            "id",
                            "duplicate hazard id '" + hazard.id() + "' (first on line " + first + ")"));
                } else {
                    hazards.add(hazard);
                    lines.add(line);
                }
            }
        } catch (UncheckedIOException e) {
            problems.add(CsvInput.unreadable(file, e, 0));
        }
        if (!problems.isEmpty()) throw new ModelFileException(problems);
        var merged = new LinkedHashMap<String, Hazard>();
        plant.risk().hazards().forEach(h -> merged.put(h.id(), h));
        var added = new ArrayList<String>();
        var replaced = new ArrayList<String>();
        for (var h : hazards) {
            (merged.put(h.id(), h) == null ? added : replaced).add(h.id());
        }
        try {
            return new Result(plant.withRisk(plant.risk().withHazards(List.copyOf(merged.values()))), added, replaced);
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(List.of(new Problem(file, 0, 0, "", e.getMessage())));
        }
    }

    private static @org.jspecify.annotations.Nullable Hazard row(
            CSVRecord record, int line, Map<String, Integer> columns, String file, Plant plant, List<Problem> out) {
        int before = out.size();
        var matrix = plant.risk().matrix();
        var id = cell(record, columns, "id");
        if (id.isEmpty() || !Ids.isValid(id)) {
            out.add(new Problem(
                    file, line, columns.get("id") + 1, "id", "hazard id '" + id + "' is not " + Ids.EXPECTED));
        }
        var levels = new EnumMap<ConsequenceCategory, Integer>(ConsequenceCategory.class);
        for (var category : ConsequenceCategory.values()) {
            var text = cell(record, columns, category.label());
            if (text.isEmpty()) continue;
            int level = matrix.consequence().indexOf(text) + 1;
            if (level == 0) {
                try {
                    level = Integer.parseInt(text);
                } catch (NumberFormatException e) {
                    level = -1;
                }
            }
            if (level < 1 || level > matrix.consequenceLevels()) {
                out.add(new Problem(
                        file,
                        line,
                        columns.get(category.label()) + 1,
                        category.label(),
                        "expected a consequence level 1.." + matrix.consequenceLevels() + " or one of "
                                + String.join(", ", matrix.consequence()) + ", found '" + text + "'"));
            } else {
                levels.put(category, level);
            }
        }
        if (levels.isEmpty() && out.size() == before) {
            out.add(new Problem(
                    file, line, 0, "", "hazard " + id + " rates no consequence: fill at least one category column"));
        }
        var safeguards = new ArrayList<Safeguard>();
        var text = cell(record, columns, "safeguards");
        for (var entry : text.isEmpty() ? new String[0] : text.split(";")) {
            var e = entry.strip();
            if (e.isEmpty()) continue;
            String zone = null;
            int at = e.indexOf('@');
            if (at >= 0) {
                zone = e.substring(at + 1).strip();
                e = e.substring(0, at).strip();
            }
            SafeguardKind kind = null;
            int colon = e.indexOf(':');
            if (colon >= 0) {
                var label = e.substring(colon + 1).strip();
                kind = SafeguardKind.ofLabel(label).orElse(null);
                e = e.substring(0, colon).strip();
                if (kind == null) {
                    out.add(new Problem(
                            file,
                            line,
                            columns.get("safeguards") + 1,
                            "safeguards",
                            "unknown safeguard kind '" + label + "'" + DidYouMean.hint(label, SafeguardKind.labels())
                                    + "; known: " + String.join(", ", SafeguardKind.labels())));
                    continue;
                }
            }
            if (!Ids.isValid(e)) {
                out.add(new Problem(
                        file,
                        line,
                        columns.get("safeguards") + 1,
                        "safeguards",
                        "safeguard id '" + e + "' is not " + Ids.EXPECTED + " (entries are ID[:kind][@zone])"));
                continue;
            }
            if (zone != null && plant.zone(zone).isEmpty()) {
                out.add(new Problem(
                        file,
                        line,
                        columns.get("safeguards") + 1,
                        "safeguards",
                        "unknown zone '" + zone + "'"
                                + DidYouMean.hint(
                                        zone,
                                        plant.zones().stream().map(z -> z.id()).toList())));
                continue;
            }
            safeguards.add(new Safeguard(e, e, kind, zone != null, zone));
        }
        if (out.size() != before) return null;
        var description = cell(record, columns, "description");
        return new Hazard(id, description.isEmpty() ? null : description, new Consequences(levels), safeguards);
    }

    private static String cell(CSVRecord record, Map<String, Integer> columns, String column) {
        var index = columns.get(column);
        return index == null || index >= record.size() ? "" : record.get(index).strip();
    }
}
