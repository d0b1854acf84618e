package io.zonewarden.core.io;

import io.zonewarden.core.model.Ids;
import io.zonewarden.core.model.Plant;
import io.zonewarden.core.model.risk.ConsequenceCategory;
import io.zonewarden.core.model.risk.Consequences;
import io.zonewarden.core.model.risk.Hazard;
import io.zonewarden.core.model.risk.Safeguard;
import io.zonewarden.core.model.risk.SafeguardKind;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
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
        var name = csv.toString();
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (var reader = new InputStreamReader(Files.newInputStream(csv), decoder)) {
            return apply(plant, reader, name);
        } catch (NoSuchFileException e) {
            throw new ModelFileException(new Problem(name, 0, 0, "", "no such file"), e);
        } catch (CharacterCodingException e) {
            throw new ModelFileException(new Problem(name, 0, 0, "", "not UTF-8 text: " + e.getMessage()), e);
        } catch (IOException e) {
            throw new ModelFileException(new Problem(name, 0, 0, "", "cannot read: " + e), e);
        }
    }

    public static Result apply(Plant plant, String csv, String sourceName) throws ModelFileException {
        try {
            return apply(plant, new StringReader(csv), sourceName);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Result apply(Plant plant, Reader reader, String file) throws IOException, ModelFileException {
        var problems = new ArrayList<Problem>();
        var hazards = new ArrayList<Hazard>();
        var lines = new ArrayList<Integer>();
        var format = CSVFormat.RFC4180
                .builder()
                .setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true)
                .get();
        try (var parser = format.parse(reader)) {
            var iterator = parser.iterator();
            if (!iterator.hasNext()) {
                throw new ModelFileException(List.of(new Problem(
                        file, 1, 0, "", "empty file; expected a header row such as id,description,safety,safeguards")));
            }
            var columns = header(iterator.next(), file, problems);
            if (!problems.isEmpty()) throw new ModelFileException(problems);
            var seen = new HashMap<String, Integer>();
            while (iterator.hasNext() && problems.size() < YamlReading.MAX_PROBLEMS) {
                CSVRecord record;
                try {
                    record = iterator.next();
                } catch (UncheckedIOException e) {
                    problems.add(new Problem(
                            file, (int) parser.getCurrentLineNumber() + 1, 0, "", "not valid CSV: " + e.getMessage()));
                    break;
                }
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
            problems.add(new Problem(file, 0, 0, "", "not valid CSV: " + e.getMessage()));
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

    private static Map<String, Integer> header(CSVRecord header, String file, List<Problem> problems) {
        var columns = new LinkedHashMap<String, Integer>();
        for (int i = 0; i < header.size(); i++) {
            var cell = header.get(i).strip();
            var name = i == 0 && cell.startsWith("\uFEFF") ? cell.substring(1) : cell;
            var known = COLUMNS.stream().filter(c -> c.equalsIgnoreCase(name)).findFirst();
            if (known.isEmpty()) {
                problems.add(new Problem(
                        file,
                        1,
                        i + 1,
                        name,
                        "unknown column '" + name + "'" + DidYouMean.hint(name, COLUMNS) + "; known columns: "
                                + String.join(", ", COLUMNS)));
            } else if (columns.putIfAbsent(known.get(), i) != null) {
                problems.add(new Problem(file, 1, i + 1, name, "column '" + name + "' appears twice"));
            }
        }
        if (problems.isEmpty() && !columns.containsKey("id")) {
            problems.add(new Problem(file, 1, 0, "id", "the header has no 'id' column"));
        }
        return columns;
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
