package io.zonewarden.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.zonewarden.core.model.organisation.AccessRight;
import io.zonewarden.core.model.organisation.Discipline;
import io.zonewarden.core.model.organisation.DocumentKind;
import io.zonewarden.core.model.organisation.Organisation;
import io.zonewarden.core.model.organisation.Responsibility;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The {@code organisation:} section of the plant model file: read, written back, and refused with locations. */
class OrganisationYamlTest {

    static final String FILE = "unit-3.yaml";

    /** Line numbers in the tests below count from 1 in this text. */
    static final String VALID = """
            plant: {id: unit-3}
            zones:
              - {id: bpcs, kind: control, slTarget: "2"}
            organisation:
              people:
                - {id: ann, name: Ann Lead, department: Management, discipline: management, email: ann@example.com, joined: 2019-03-01}
                - {id: otto, name: Otto Control, department: Operations, discipline: ot, joined: 2020-01-15, rights: [engineering, remote-access]}
                - {id: iris, name: Iris Net, department: IT, discipline: it, joined: 2021-06-01, left: 2026-09-30}
              roles:
                - {id: lead, title: Security lead, holders: [ann]}
                - {id: ot-officer, title: OT security officer, holders: [otto], description: Owns the OT side}
                - {id: it-officer, holders: iris}
              raci:
                - {element: "SPE 1", accountable: lead, responsible: [ot-officer, it-officer], informed: [ot-officer]}
                - {zone: bpcs, accountable: [ot-officer], consulted: [lead]}
              documents:
                - id: pol
                  title: OT security policy
                  kind: policy
                  owner: lead
                  version: "2.0"
                  approved: 2026-01-15
                  reviewMonths: 12
                  elements: ["SPE 1", "NET 3"]
                  requirements: ["SR 1.13"]
                  audience: {departments: [Operations], disciplines: [it], roles: [lead]}
                  acknowledgements:
                    - {person: ann, version: "2.0", date: 2026-01-20}
                    - {person: otto, version: "1.0", date: 2025-01-20}
              awareness:
                modules:
                  - {id: basics, title: OT security basics, introduced: 2025-01-01, refresherMonths: 12, privilegedRefresherMonths: 6, passScore: 70}
                  - {id: phishing, introduced: 2025-06-01, refresherMonths: 12, audience: {disciplines: [it, management]}}
                campaigns:
                  - {id: autumn-2025, title: Autumn 2025, modules: [basics, phishing], start: 2025-10-01, end: 2025-11-30, audience: {disciplines: [ot]}}
                completions:
                  - {person: ann, module: basics, date: 2025-10-12, score: 92}
                  - {person: otto, module: basics, date: 2024-02-29}
            """;

    static String validWith(String old, String replacement) {
        assertThat(VALID.split(java.util.regex.Pattern.quote(old), -1))
                .as("'%s' occurs once", old)
                .hasSize(2);
        return VALID.replace(old, replacement);
    }

    static List<Problem> problemsReading(String yaml) {
        var refusal = catchThrowableOfType(ModelFileException.class, () -> PlantYamlReader.read(yaml, FILE));
        assertThat(refusal).as("refusal of%n%s", yaml).isNotNull();
        return refusal.problems();
    }

    /** The 1-based column of the first {@code text} on 1-based line {@code line} of {@code yaml}. */
    static int column(String yaml, int line, String text) {
        var lineText = yaml.lines().toList().get(line - 1);
        assertThat(lineText).contains(text);
        return lineText.indexOf(text) + 1;
    }

    @Test
    void givenValidSection_whenRead_thenEveryPartAsWritten() throws ModelFileException {
        var org = PlantYamlReader.read(VALID, FILE).organisation();

        assertThat(org.people()).hasSize(3);
        var otto = org.person("otto").orElseThrow();
        assertThat(otto.discipline()).isEqualTo(Discipline.OT);
        assertThat(otto.joined()).isEqualTo(LocalDate.of(2020, 1, 15));
        assertThat(otto.rights()).containsExactlyInAnyOrder(AccessRight.ENGINEERING, AccessRight.REMOTE_ACCESS);
        assertThat(org.person("iris").orElseThrow().left()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(org.role("it-officer").orElseThrow().holders()).containsExactly("iris");
        assertThat(org.role("it-officer").orElseThrow().title()).isEqualTo("it-officer");
        assertThat(org.raci())
                .extracting(Responsibility::kind, Responsibility::subject, Responsibility::accountable)
                .containsExactly(
                        tuple(Responsibility.Kind.ELEMENT, "SPE 1", List.of("lead")),
                        tuple(Responsibility.Kind.ZONE, "bpcs", List.of("ot-officer")));
        var policy = org.documents().get(0);
        assertThat(policy.kind()).isEqualTo(DocumentKind.POLICY);
        assertThat(policy.version()).isEqualTo("2.0");
        assertThat(policy.reviewDue()).isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(policy.elements()).containsExactly("SPE 1", "NET 3");
        assertThat(policy.requirements()).containsExactly("SR 1.13");
        assertThat(policy.audience().departments()).containsExactly("Operations");
        assertThat(policy.acknowledgements()).hasSize(2);
        assertThat(org.awareness().modules().get(0).privilegedRefresherMonths()).isEqualTo(6);
        assertThat(org.awareness().modules().get(1).title()).isEqualTo("phishing");
        assertThat(org.awareness().campaigns().get(0).modules()).containsExactly("basics", "phishing");
        assertThat(org.awareness().completions().get(1).score()).isNull();
    }

    @Test
    void givenValidSection_whenWrittenAndReadBack_thenEqual() throws ModelFileException {
        var plant = PlantYamlReader.read(VALID, FILE);

        var written = PlantYamlWriter.write(plant);
        var again = PlantYamlReader.read(written, "written.yaml");

        assertThat(again).isEqualTo(plant);
        assertThat(again.organisation()).isNotEqualTo(Organisation.EMPTY);
        assertThat(written).contains("  - {person: otto, module: basics, date: 2024-02-29}");
    }

    @Test
    void givenPlantWithoutSection_whenRead_thenEmptyOrganisationAndNothingWritten() throws ModelFileException {
        var plant = PlantYamlReader.read("plant: {id: p}\n", FILE);

        assertThat(plant.organisation()).isEqualTo(Organisation.EMPTY);
        assertThat(PlantYamlWriter.write(plant)).doesNotContain("organisation");
    }

    @Test
    void givenTwoPlantsDifferingOnlyInOrganisation_whenCompared_thenNotEqual() throws ModelFileException {
        var plant = PlantYamlReader.read(VALID, FILE);

        assertThat(plant.withOrganisation(Organisation.EMPTY)).isNotEqualTo(plant);
        assertThat(plant.withOrganisation(plant.organisation()))
                .isEqualTo(plant)
                .hasSameHashCodeAs(plant);
    }

    @ParameterizedTest(name = "{0} -> line {2}: {4}")
    @CsvSource(delimiter = '|', textBlock = """
            refresherMonths: 12, privilegedRefresherMonths | refresherMonth: 12, privilegedRefresherMonths | 32 | refresherMonth | unknown key 'refresherMonth' in an awareness module (did you mean 'refresherMonths'?)
            joined: 2020-01-15                 | joined: 2020-13-15                 | 7  | 2020-13-15 | expected a date such as 2026-01-15 (year-month-day), found '2020-13-15'
            holders: [ann]                     | holders: [anna]                    | 10 | anna       | unknown person 'anna' (did you mean 'ann'?)
            "NET 3"                            | "NET 9"                            | 24 | "NET 9"    | unknown IEC 62443-2-1:2024 programme element 'NET 9'
            "SR 1.13"                          | "SR 1.99"                          | 25 | "SR 1.99"  | unknown IEC 62443-3-3 system requirement 'SR 1.99'
            zone: bpcs                         | zone: bpc                          | 15 | bpc        | unknown zone 'bpc' (did you mean 'bpcs'?)
            left: 2026-09-30                   | left: 2020-09-30                   | 8  | 2020-09-30 | left on 2020-09-30, before joining on 2021-06-01
            discipline: ot,                    | discipline: OT,                    | 7  | OT         | unknown discipline 'OT' (did you mean 'ot'?)
            date: 2025-10-12, score: 92        | date: 2025-10-12, score: 101       | 37 | 101        | expected a whole number 0..100, found number '101'
            end: 2025-11-30                    | end: 2025-09-30                    | 35 | 2025-09-30 | the campaign ends on 2025-09-30, before it starts on 2025-10-01
            module: basics, date: 2024-02-29   | module: basic, date: 2024-02-29    | 38 | basic      | unknown awareness module 'basic' (did you mean 'basics'?)
            owner: lead                        | owner: leed                        | 20 | leed       | unknown role 'leed' (did you mean 'lead'?)
            kind: policy                       | kind: standard                     | 19 | standard   | unknown document kind 'standard'
            rights: [engineering,              | rights: [engineer,                 | 7  | engineer   | unknown access right 'engineer'
            """)
    void givenOneBadValue_whenRead_thenRefusedAtItsLineAndColumn(
            String old, String replacement, int line, String at, String message) {
        var yaml = validWith(old, replacement);

        var problems = problemsReading(yaml);

        assertThat(problems).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.column()).isEqualTo(column(yaml, line, at));
            assertThat(p.message()).startsWith(message);
            assertThat(p.file()).isEqualTo(FILE);
        });
    }

    @Test
    void givenDuplicatePersonId_whenRead_thenRefusedNamingTheFirst() {
        var problems = problemsReading(validWith("{id: iris,", "{id: otto,"));

        assertThat(problems).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(8);
            assertThat(p.field()).isEqualTo("organisation.people[2].id");
            assertThat(p.message()).isEqualTo("duplicate person id 'otto' (first defined on line 7)");
        });
    }

    @Test
    void givenRaciRowWithElementAndZone_whenRead_thenRefused() {
        var problems = problemsReading(validWith("{zone: bpcs,", "{zone: bpcs, element: \"SPE 2\","));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(15);
            assertThat(p.message()).contains("either an element").contains("not both");
        });
    }

    @Test
    void givenDocumentWithoutVersionAndApproval_whenRead_thenEachMissingFieldNamed() {
        var problems = problemsReading(validWith("      version: \"2.0\"\n      approved: 2026-01-15\n", ""));

        assertThat(problems)
                .extracting(Problem::field)
                .containsExactly("organisation.documents[0].version", "organisation.documents[0].approved");
        assertThat(problems).allSatisfy(p -> assertThat(p.line()).isEqualTo(17));
    }

    @Test
    void givenSectionThatIsAList_whenRead_thenRefusedAsWrongType() {
        var problems = problemsReading("plant: {id: p}\norganisation: [a, b]\n");

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo(15);
            assertThat(p.message()).startsWith("expected the organisation section (a mapping");
        });
    }
}
