package io.zonewarden.core.io;

import io.zonewarden.core.catalog.SecurityLevelVector;
import io.zonewarden.core.model.Asset;
import io.zonewarden.core.model.AssetType;
import io.zonewarden.core.model.Criticality;
import io.zonewarden.core.model.Ids;
import io.zonewarden.core.model.IpAddress;
import io.zonewarden.core.model.MacAddress;
import io.zonewarden.core.model.Plant;
import io.zonewarden.core.model.PurdueLevel;
import io.zonewarden.core.model.Zone;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Imports an asset inventory from CSV into a plant model: one asset per row, a header row naming the columns (in
 * any order; {@code id} and {@code type} are required). An id already in the model updates that asset; the
 * {@code zone} column puts the asset in that zone (taking it out of any other). Every row is checked before anything
 * is applied: one bad row and nothing is imported.
 */
public final class AssetCsvImport {

    /** The columns a header may name. */
    public static final List<String> COLUMNS = List.of(
            "id",
            "name",
            "type",
            "ip",
            "mac",
            "vendor",
            "model",
            "partNumber",
            "firmware",
            "purdue",
            "safety",
            "wireless",
            "temporary",
            "external",
            "criticality",
            "slCapability",
            "description",
            "zone");

    /** One valid row: the asset and, when given, the zone it goes to. */
    public record Row(int line, Asset asset, @Nullable String zone) {}

    /** What an import did. */
    public record Result(Plant plant, List<String> added, List<String> updated) {}

    private AssetCsvImport() {}

    /** Reads and checks the CSV against {@code plant}, then returns the plant with the assets imported. */
    public static Result apply(Plant plant, Path csv) throws ModelFileException {
        return apply(plant, read(csv, plant));
    }

    public static Result apply(Plant plant, String csv, String sourceName) throws ModelFileException {
        List<Row> rows = CsvInput.read(csv, sourceName, (reader, name) -> read(reader, name, plant));
        return apply(plant, rows);
    }

    /** Reads every row; throws with all problems (file, line, column name) when any row is bad. */
    public static List<Row> read(Path csv, Plant plant) throws ModelFileException {
        return CsvInput.read(csv, (reader, name) -> read(reader, name, plant));
    }

    private static List<Row> read(Reader reader, String file, Plant plant) throws IOException, ModelFileException {
        var problems = new ArrayList<Problem>();
        var rows = new ArrayList<Row>();
        try (var parser = CsvInput.FORMAT.parse(reader)) {
            var iterator = parser.iterator();
            if (!iterator.hasNext()) {
                throw new ModelFileException(List.of(new Problem(
                        file, 1, 0, "", "empty file; expected a header row naming columns such as id,name,type,ip")));
            }
            var header = iterator.next();
            var columns = CsvInput.header(header, file, COLUMNS, List.of("id", "type"), problems);
            if (!problems.isEmpty()) throw new ModelFileException(problems);
            var seen = new HashMap<String, Integer>();
            CSVRecord record;
            while ((record = CsvInput.next(parser, iterator, file, problems)) != null) {
                int line = (int) parser.getCurrentLineNumber();
                var row = row(record, line, columns, file, plant, problems);
                if (row != null) {
                    var first = seen.putIfAbsent(row.asset().id(), line);
                    if (first != null) {
                        problems.add(new Problem(
                                file,
                                line,
                                columns.get("id") + 1,
                                "id",
                                "duplicate asset id '" + row.asset().id() + "' (first on line " + first + ")"));
                    } else {
                        rows.add(row);
                    }
                }
                if (problems.size() >= YamlReading.MAX_PROBLEMS) break;
            }
        } catch (UncheckedIOException e) {
            problems.add(CsvInput.unreadable(file, e, 0));
        }
        if (!problems.isEmpty()) throw new ModelFileException(problems);
        return rows;
    }

    private static @Nullable Row row(
            CSVRecord record,
            int line,
            Map<String, Integer> columns,
            String file,
            Plant plant,
            List<Problem> problems) {
        int before = problems.size();
        var cells = new Cells(record, line, columns, file, problems);
        var id = cells.get("id");
        if (id == null) {
            cells.problem("id", "missing asset id");
        } else if (!Ids.isValid(id)) {
            cells.problem("id", "asset id '" + id + "' is not " + Ids.EXPECTED);
        }
        var typeText = cells.get("type");
        AssetType type = null;
        if (typeText == null) {
            cells.problem("type", "missing asset type; one of " + String.join(", ", AssetType.labels()));
        } else {
            type = AssetType.ofLabel(typeText.toLowerCase(Locale.ROOT)).orElse(null);
            if (type == null) {
                cells.problem(
                        "type",
                        "unknown asset type '" + typeText + "'" + DidYouMean.hint(typeText, AssetType.labels())
                                + "; known: " + String.join(", ", AssetType.labels()));
            }
        }
        var ips = new ArrayList<IpAddress>();
        var ipText = cells.get("ip");
        if (ipText != null) {
            for (var part : ipText.split("[;,\\s]+")) {
                if (part.isEmpty()) continue;
                var ip = IpAddress.tryParse(part);
                if (ip.isEmpty()) {
                    cells.problem("ip", "expected IP addresses separated by ';', found '" + part + "'");
                } else if (!ips.contains(ip.get())) {
                    ips.add(ip.get());
                }
            }
        }
        MacAddress mac = cells.parse("mac", MacAddress::parse);
        PurdueLevel purdue = cells.label("purdue", "Purdue level", PurdueLevel::ofLabel, PurdueLevel.labels());
        Criticality criticality = cells.label(
                "criticality",
                "criticality",
                s -> Criticality.ofLabel(s.toLowerCase(Locale.ROOT)),
                Criticality.labels());
        SecurityLevelVector slCapability = cells.parse("slCapability", SecurityLevelVector::parse);
        boolean safety = cells.bool("safety");
        boolean wireless = cells.bool("wireless");
        boolean temporary = cells.bool("temporary");
        boolean external = cells.bool("external");
        var zone = cells.get("zone");
        if (zone != null && plant.zone(zone).isEmpty()) {
            var zoneIds = plant.zones().stream().map(Zone::id).toList();
            cells.problem("zone", "unknown zone '" + zone + "'" + DidYouMean.hint(zone, zoneIds));
        }
        if (problems.size() > before || id == null || type == null) return null;
        var name = cells.get("name");
        var asset = new Asset(
                id,
                name == null ? id : name,
                type,
                cells.get("vendor"),
                cells.get("model"),
                cells.get("partNumber"),
                cells.get("firmware"),
                ips,
                mac,
                purdue,
                safety,
                wireless,
                temporary,
                external,
                criticality,
                slCapability,
                cells.get("description"));
        return new Row(line, asset, zone);
    }

    /** Applies checked rows: updates assets in place, appends new ones, moves assets to the zones named. */
    public static Result apply(Plant plant, List<Row> rows) throws ModelFileException {
        var assets = new LinkedHashMap<String, Asset>();
        plant.assets().forEach(a -> assets.put(a.id(), a));
        var added = new ArrayList<String>();
        var updated = new ArrayList<String>();
        var moves = new LinkedHashMap<String, String>();
        for (var row : rows) {
            if (plant.zone(row.asset().id()).isPresent()) {
                throw new ModelFileException(List.of(new Problem(
                        "", row.line(), 0, "id", "asset id '" + row.asset().id() + "' is already a zone's id")));
            }
            if (assets.put(row.asset().id(), row.asset()) == null) {
                added.add(row.asset().id());
            } else {
                updated.add(row.asset().id());
            }
            if (row.zone() != null) moves.put(row.asset().id(), row.zone());
        }
        var zones = new ArrayList<Zone>(plant.zones().size());
        for (var zone : plant.zones()) {
            Set<String> members = new LinkedHashSet<>(zone.assets());
            members.removeIf(id -> moves.containsKey(id) && !moves.get(id).equals(zone.id()));
            moves.forEach((assetId, zoneId) -> {
                if (zoneId.equals(zone.id())) members.add(assetId);
            });
            zones.add(new Zone(
                    zone.id(),
                    zone.name(),
                    zone.kind(),
                    zone.slTarget(),
                    List.copyOf(members),
                    zone.networks(),
                    zone.allow(),
                    zone.description()));
        }
        return new Result(plant.withAssetsAndZones(List.copyOf(assets.values()), zones), added, updated);
    }

    /** The cells of one row, read by column name, recording problems with line and column. */
    private record Cells(
            CSVRecord record, int line, Map<String, Integer> columns, String file, List<Problem> problems) {

        @Nullable
        String get(String column) {
            var index = columns.get(column);
            if (index == null || index >= record.size()) return null;
            var value = record.get(index).strip();
            return value.isEmpty() ? null : value;
        }

        void problem(String column, String message) {
            var index = columns.get(column);
            problems.add(new Problem(file, line, index == null ? 0 : index + 1, column, message));
        }

        <T> @Nullable T parse(String column, java.util.function.Function<String, T> parse) {
            var text = get(column);
            if (text == null) return null;
            try {
                return parse.apply(text);
            } catch (IllegalArgumentException e) {
                problem(column, e.getMessage());
                return null;
            }
        }

        <T> @Nullable T label(
                String column,
                String what,
                java.util.function.Function<String, java.util.Optional<T>> parse,
                List<String> labels) {
            var text = get(column);
            if (text == null) return null;
            var value = parse.apply(text);
            if (value.isEmpty()) {
                problem(
                        column,
                        "unknown " + what + " '" + text + "'" + DidYouMean.hint(text, labels) + "; known: "
                                + String.join(", ", labels));
                return null;
            }
            return value.get();
        }

        /** Spreadsheet exports say true/false, yes/no, 1/0 or x; blank is false. */
        boolean bool(String column) {
            var text = get(column);
            if (text == null) return false;
            return switch (text.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "y", "1", "x" -> true;
                case "false", "no", "n", "0" -> false;
                default -> {
                    problem(column, "expected true or false (or yes/no, 1/0), found '" + text + "'");
                    yield false;
                }
            };
        }
    }
}
