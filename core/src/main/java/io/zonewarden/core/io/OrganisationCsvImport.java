package io.zonewarden.core.io;

import io.zonewarden.core.model.Ids;
import io.zonewarden.core.model.Plant;
import io.zonewarden.core.model.organisation.AccessRight;
import io.zonewarden.core.model.organisation.Completion;
import io.zonewarden.core.model.organisation.Discipline;
import io.zonewarden.core.model.organisation.Person;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Imports people (an HR export) and awareness completion records (a training platform's export) from CSV into a
 * plant model's organisation. A header row names the columns, in any order. Every row is checked before anything
 * is applied: one bad row and nothing is imported, each problem named by line and column.
 *
 * <p>People: {@code id} is required, and {@code discipline} for someone new. An id already in the model updates
 * that person; a column the file does not have keeps what the model says, a column it has replaces it (an empty
 * cell clears an optional field). Completions: {@code person} (an id or the person's e-mail address), {@code
 * module} and {@code date} are required, {@code score} is optional; a record the model already holds (same person,
 * module and day) is skipped, so importing the same export twice changes nothing.
 */
public final class OrganisationCsvImport {

    /** The columns a people file may name. */
    public static final List<String> PEOPLE_COLUMNS =
            List.of("id", "name", "department", "discipline", "email", "joined", "left", "rights");

    /** The columns a completions file may name. */
    public static final List<String> TRAINING_COLUMNS = List.of("person", "module", "date", "score");

    /** What an import did: the new plant and how many rows added, updated or skipped something. */
    public record Result(Plant plant, List<String> added, List<String> updated, int skipped) {
        public Result {
            added = List.copyOf(added);
            updated = List.copyOf(updated);
        }
    }

    private OrganisationCsvImport() {}

    public static Result importPeople(Plant plant, Path csv) throws ModelFileException {
        return CsvInput.read(csv, (reader, name) -> importPeople(plant, reader, name));
    }

    public static Result importPeople(Plant plant, String csv, String sourceName) throws ModelFileException {
        return CsvInput.read(csv, sourceName, (reader, name) -> importPeople(plant, reader, name));
    }

    public static Result importTraining(Plant plant, Path csv) throws ModelFileException {
        return CsvInput.read(csv, (reader, name) -> importTraining(plant, reader, name));
    }

    public static Result importTraining(Plant plant, String csv, String sourceName) throws ModelFileException {
        return CsvInput.read(csv, sourceName, (reader, name) -> importTraining(plant, reader, name));
    }

    private static Result importPeople(Plant plant, Reader reader, String file) throws IOException, ModelFileException {
        refuseShared(plant, file);
        var organisation = plant.organisation();
        var people = new LinkedHashMap<String, Person>();
        organisation.people().forEach(p -> people.put(p.id(), p));
        var added = new ArrayList<String>();
        var updated = new ArrayList<String>();
        var seen = new HashMap<String, Integer>();
        var problems = new ArrayList<Problem>();
        rows(reader, file, PEOPLE_COLUMNS, List.of("id"), problems, cells -> {
            int before = problems.size();
            var id = cells.get("id");
            if (id == null) {
                cells.problem("id", "missing person id");
                return;
            }
            if (!Ids.isValid(id)) {
                cells.problem("id", "person id '" + id + "' is not " + Ids.EXPECTED);
                return;
            }
            var first = seen.putIfAbsent(id, cells.line());
            if (first != null) {
                cells.problem("id", "duplicate person id '" + id + "' (first on line " + first + ")");
                return;
            }
            var existing = people.get(id);
            Discipline discipline = existing == null ? null : existing.discipline();
            if (cells.has("discipline")) {
                var text = cells.get("discipline");
                if (text != null) {
                    discipline =
                            Discipline.ofLabel(text.toLowerCase(Locale.ROOT)).orElse(null);
                    if (discipline == null) {
                        cells.problem(
                                "discipline",
                                "unknown discipline '" + text + "'" + DidYouMean.hint(text, Discipline.labels())
                                        + "; known: " + String.join(", ", Discipline.labels()));
                    }
                }
            }
            if (discipline == null && problems.size() == before) {
                cells.problem(
                        "discipline",
                        "a new person needs a discipline: one of " + String.join(", ", Discipline.labels()));
            }
            var email = cells.has("email") ? cells.get("email") : existing == null ? null : existing.email();
            if (email != null && !email.matches("[^@\\s]+@[^@\\s]+")) {
                cells.problem("email", "expected an e-mail address, found '" + email + "'");
            }
            var joined = cells.has("joined") ? cells.date("joined") : existing == null ? null : existing.joined();
            var left = cells.has("left") ? cells.date("left") : existing == null ? null : existing.left();
            if (joined != null && left != null && left.isBefore(joined)) {
                cells.problem("left", "left on " + left + ", before joining on " + joined);
            }
            Set<AccessRight> rights = existing == null ? Set.of() : existing.rights();
            if (cells.has("rights")) {
                var parsed = EnumSet.noneOf(AccessRight.class);
                var text = cells.get("rights");
                for (var part : text == null ? new String[0] : text.split("[;,\\s]+")) {
                    if (part.isEmpty()) continue;
                    var right = AccessRight.ofLabel(part.toLowerCase(Locale.ROOT));
                    if (right.isEmpty()) {
                        cells.problem(
                                "rights",
                                "unknown access right '" + part + "'" + DidYouMean.hint(part, AccessRight.labels())
                                        + "; known: " + String.join(", ", AccessRight.labels())
                                        + " (several separated by ';')");
                    } else {
                        parsed.add(right.get());
                    }
                }
                rights = parsed;
            }
            if (problems.size() > before || discipline == null) return;
            var name = cells.has("name") ? cells.get("name") : existing == null ? null : existing.name();
            var department =
                    cells.has("department") ? cells.get("department") : existing == null ? null : existing.department();
            var person = new Person(id, name == null ? id : name, department, discipline, email, joined, left, rights);
            (existing == null ? added : updated).add(id);
            people.put(id, person);
        });
        if (!problems.isEmpty()) throw new ModelFileException(problems);
        var result = plant.withOrganisation(organisation.withPeople(List.copyOf(people.values())));
        return new Result(result, added, updated, 0);
    }

    private static Result importTraining(Plant plant, Reader reader, String file)
            throws IOException, ModelFileException {
        refuseShared(plant, file);
        var organisation = plant.organisation();
        var byEmail = new HashMap<String, String>();
        for (var person : organisation.people()) {
            if (person.email() != null) byEmail.put(person.email().toLowerCase(Locale.ROOT), person.id());
        }
        var known = new HashSet<String>();
        var completions = new ArrayList<>(organisation.awareness().completions());
        completions.forEach(c -> known.add(c.person() + "\u0000" + c.module() + "\u0000" + c.date()));
        var added = new ArrayList<String>();
        int[] skipped = {0};
        var problems = new ArrayList<Problem>();
        var personIds = organisation.people().stream().map(Person::id).toList();
        var moduleIds = organisation.awareness().modules().stream()
                .map(io.zonewarden.core.model.organisation.AwarenessModule::id)
                .toList();
        rows(reader, file, TRAINING_COLUMNS, List.of("person", "module", "date"), problems, cells -> {
            int before = problems.size();
            var personText = cells.get("person");
            String person = null;
            if (personText == null) {
                cells.problem("person", "missing person (an id or an e-mail address)");
            } else if (organisation.person(personText).isPresent()) {
                person = personText;
            } else if (byEmail.containsKey(personText.toLowerCase(Locale.ROOT))) {
                person = byEmail.get(personText.toLowerCase(Locale.ROOT));
            } else {
                cells.problem(
                        "person",
                        "unknown person '" + personText + "' (neither an id nor an e-mail address of the model)"
                                + DidYouMean.hint(personText, personIds));
            }
            var module = cells.get("module");
            if (module == null) {
                cells.problem("module", "missing module id");
            } else if (organisation.module(module).isEmpty()) {
                cells.problem(
                        "module",
                        "unknown awareness module '" + module + "'" + DidYouMean.hint(module, moduleIds) + "; known: "
                                + String.join(", ", moduleIds));
            }
            var date = cells.date("date");
            if (date == null && cells.get("date") == null) cells.problem("date", "missing completion date");
            Integer score = null;
            var scoreText = cells.get("score");
            if (scoreText != null) {
                try {
                    score = Integer.parseInt(
                            scoreText.endsWith("%") ? scoreText.substring(0, scoreText.length() - 1) : scoreText);
                } catch (NumberFormatException e) {
                    score = -1;
                }
                if (score < 0 || score > 100) {
                    cells.problem("score", "expected a whole number 0..100, found '" + scoreText + "'");
                }
            }
            if (problems.size() > before || person == null || module == null || date == null) return;
            if (!known.add(person + "\u0000" + module + "\u0000" + date)) {
                skipped[0]++;
                return;
            }
            completions.add(new Completion(person, module, date, score));
            added.add(person);
        });
        if (!problems.isEmpty()) throw new ModelFileException(problems);
        var awareness = organisation.awareness().withCompletions(completions);
        return new Result(plant.withOrganisation(organisation.withAwareness(awareness)), added, List.of(), skipped[0]);
    }

    /**
     * An organisation shared from another file cannot take an import through a plant model: writing the model back
     * keeps only the reference, so the imported rows would be lost.
     */
    private static void refuseShared(Plant plant, String file) throws ModelFileException {
        var shared = plant.organisation().file();
        if (shared != null) {
            throw new ModelFileException(List.of(new Problem(
                    file,
                    0,
                    0,
                    "",
                    "the organisation of plant " + plant.info().id() + " is shared from " + shared
                            + "; edit that file, the plant model only refers to it")));
        }
    }

    private interface RowHandler {
        void accept(Cells cells);
    }

    private static void rows(
            Reader reader,
            String file,
            List<String> known,
            List<String> required,
            List<Problem> problems,
            RowHandler handler)
            throws IOException, ModelFileException {
        try (var parser = CsvInput.FORMAT.parse(reader)) {
            var iterator = parser.iterator();
            if (!iterator.hasNext()) {
                throw new ModelFileException(List.of(
                        new Problem(file, 1, 0, "", "empty file; expected a header row naming the columns " + known)));
            }
            var columns = CsvInput.header(iterator.next(), file, known, required, problems);
            if (!problems.isEmpty()) throw new ModelFileException(problems);
            CSVRecord record;
            while ((record = CsvInput.next(parser, iterator, file, problems)) != null) {
                handler.accept(new Cells(record, (int) parser.getCurrentLineNumber(), columns, file, problems));
                if (problems.size() >= YamlReading.MAX_PROBLEMS) break;
            }
        } catch (UncheckedIOException e) {
            problems.add(CsvInput.unreadable(file, e, 0));
        }
    }

    /** The cells of one row, read by column name, recording problems with line and column. */
    private record Cells(
            CSVRecord record, int line, Map<String, Integer> columns, String file, List<Problem> problems) {

        boolean has(String column) {
            return columns.containsKey(column);
        }

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

        /** A day as year-month-day; a timestamp from a training platform ({@code 2026-03-04T10:15:00Z}) gives its day. */
        @Nullable
        LocalDate date(String column) {
            var text = get(column);
            if (text == null) return null;
            var day = text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text;
            try {
                return LocalDate.parse(day);
            } catch (DateTimeParseException e) {
                problem(column, "expected a date such as 2026-01-15 (year-month-day), found '" + text + "'");
                return null;
            }
        }
    }
}
