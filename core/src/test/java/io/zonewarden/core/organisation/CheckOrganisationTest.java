package io.zonewarden.core.organisation;

import static io.zonewarden.core.organisation.OrganisationFixture.accountable;
import static io.zonewarden.core.organisation.OrganisationFixture.ack;
import static io.zonewarden.core.organisation.OrganisationFixture.basics;
import static io.zonewarden.core.organisation.OrganisationFixture.day;
import static io.zonewarden.core.organisation.OrganisationFixture.done;
import static io.zonewarden.core.organisation.OrganisationFixture.leaver;
import static io.zonewarden.core.organisation.OrganisationFixture.person;
import static io.zonewarden.core.organisation.OrganisationFixture.policy;
import static io.zonewarden.core.organisation.OrganisationFixture.role;
import static io.zonewarden.core.organisation.OrganisationFixture.zoneAccountable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.zonewarden.core.catalog.Confidence;
import io.zonewarden.core.catalog.ProgrammeElement;
import io.zonewarden.core.model.organisation.Awareness;
import io.zonewarden.core.model.organisation.Discipline;
import io.zonewarden.core.model.organisation.Document;
import io.zonewarden.core.model.organisation.Organisation;
import io.zonewarden.core.model.organisation.Person;
import io.zonewarden.core.model.organisation.Responsibility;
import io.zonewarden.core.model.organisation.Role;
import io.zonewarden.core.zoning.Finding;
import io.zonewarden.core.zoning.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CheckOrganisationTest {

    /** A small 2024-style tree: SPE 1 > ORG 1 > ORG 1.1, ORG 1.2; ORG 2 > ORG 2.1; SPE 2 > CM 1 > CM 1.1. */
    static final List<ProgrammeElement> ELEMENTS = List.of(
            element("SPE 1", ProgrammeElement.Kind.SPE, null),
            element("ORG 1", ProgrammeElement.Kind.REQUIREMENT_GROUP, "SPE 1"),
            element("ORG 1.1", ProgrammeElement.Kind.REQUIREMENT, "ORG 1"),
            element("ORG 1.2", ProgrammeElement.Kind.REQUIREMENT, "ORG 1"),
            element("ORG 2", ProgrammeElement.Kind.REQUIREMENT_GROUP, "SPE 1"),
            element("ORG 2.1", ProgrammeElement.Kind.REQUIREMENT, "ORG 2"),
            element("SPE 2", ProgrammeElement.Kind.SPE, null),
            element("CM 1", ProgrammeElement.Kind.REQUIREMENT_GROUP, "SPE 2"),
            element("CM 1.1", ProgrammeElement.Kind.REQUIREMENT, "CM 1"));

    static final CheckOrganisation CHECK = new CheckOrganisation(ELEMENTS);
    static final LocalDate AS_OF = day("2026-06-01");

    static ProgrammeElement element(String id, ProgrammeElement.Kind kind, String parent) {
        return new ProgrammeElement(
                ProgrammeElement.Edition.ED2_2024,
                id,
                kind,
                Optional.ofNullable(parent),
                "title of " + id,
                Confidence.HIGH,
                "");
    }

    static final List<Person> TEAM = List.of(
            person("lead", Discipline.MANAGEMENT, "2020-01-01"),
            person("ot", Discipline.OT, "2020-01-01"),
            person("it", Discipline.IT, "2020-01-01"));
    static final List<Role> ROLES = List.of(role("lead", "lead"), role("ot-officer", "ot"), role("it-officer", "it"));

    /** Both SPEs accountable, both documents covering both SPEs, acknowledged, nobody overdue. */
    static Organisation sound(List<Responsibility> raci) {
        var acks = TEAM.stream().map(p -> ack(p.id(), "1.0", "2026-02-01")).toList();
        var doc = new Document(
                "pol",
                "Policy",
                io.zonewarden.core.model.organisation.DocumentKind.POLICY,
                "lead",
                "1.0",
                day("2026-01-15"),
                12,
                List.of("SPE 1", "SPE 2"),
                List.of(),
                io.zonewarden.core.model.organisation.Audience.EVERYONE,
                acks);
        return new Organisation(TEAM, ROLES, raci, List.of(doc), Awareness.EMPTY);
    }

    static List<Finding> rule(List<Finding> findings, String rule) {
        return findings.stream().filter(f -> f.rule().equals(rule)).toList();
    }

    @Test
    void givenSoundOrganisation_whenChecked_thenNoFindings() {
        var org = sound(List.of(
                accountable("SPE 1", "lead"),
                accountable("SPE 2", "ot-officer"),
                zoneAccountable("bpcs", "ot-officer")));

        assertThat(CHECK.check(org, List.of("bpcs"), AS_OF)).isEmpty();
    }

    @Test
    void givenNoOrganisation_whenChecked_thenOneErrorSaysSo() {
        assertThat(CHECK.check(Organisation.EMPTY, List.of("bpcs"), AS_OF))
                .extracting(Finding::rule, Finding::severity)
                .containsExactly(tuple("ORG-MISSING", Severity.ERROR));
    }

    @Nested
    class Raci {

        @Test
        void givenNoAccountableAnywhereUnderAnSpe_whenChecked_thenOneFindingForTheSpe() {
            var org = sound(List.of(accountable("SPE 1", "lead")));

            assertThat(rule(CHECK.check(org, List.of(), AS_OF), "ORG-RACI-ACCOUNTABLE"))
                    .extracting(Finding::subjects, Finding::severity)
                    .containsExactly(tuple(List.of("SPE 2"), Severity.ERROR));
        }

        @Test
        void givenAccountableForOneRequirementOnly_whenChecked_thenTheSiblingsWithoutOneAreNamed() {
            // ORG 1.1 has its own accountable role; ORG 1.2 and all of ORG 2 have none, nor does SPE 1 above them
            var org = sound(List.of(accountable("ORG 1.1", "lead"), accountable("SPE 2", "ot-officer")));

            assertThat(rule(CHECK.check(org, List.of(), AS_OF), "ORG-RACI-ACCOUNTABLE"))
                    .extracting(Finding::subjects)
                    .containsExactly(List.of("ORG 1.2"), List.of("ORG 2"));
        }

        @Test
        void givenGroupRowOverridesSpeRow_whenChecked_thenStillExactlyOneAccountableEach() {
            var org = sound(List.of(
                    accountable("SPE 1", "lead"), accountable("ORG 2", "it-officer"), accountable("SPE 2", "lead")));

            assertThat(rule(CHECK.check(org, List.of(), AS_OF), "ORG-RACI-ACCOUNTABLE"))
                    .isEmpty();
        }

        @Test
        void givenTwoAccountableRoles_whenChecked_thenErrorNamingBoth() {
            var org = sound(List.of(
                    accountable("SPE 1", "lead"),
                    accountable("SPE 2", "ot-officer"),
                    accountable("SPE 2", "it-officer"))); // a second row for the same element adds up

            assertThat(rule(CHECK.check(org, List.of(), AS_OF), "ORG-RACI-ACCOUNTABLE"))
                    .singleElement()
                    .satisfies(f -> {
                        assertThat(f.subjects()).containsExactly("SPE 2", "ot-officer", "it-officer");
                        assertThat(f.message()).contains("2 accountable roles");
                    });
        }

        @Test
        void givenZoneWithoutAndZoneWithTwoAccountable_whenChecked_thenBothReported() {
            var org = sound(List.of(
                    accountable("SPE 1", "lead"),
                    accountable("SPE 2", "lead"),
                    zoneAccountable("bpcs", "lead", "ot-officer")));

            assertThat(rule(CHECK.check(org, List.of("bpcs", "dmz"), AS_OF), "ORG-RACI-ACCOUNTABLE"))
                    .extracting(f -> f.subjects().get(0), Finding::message)
                    .containsExactly(
                            tuple("bpcs", "zone bpcs has 2 accountable roles (lead, ot-officer); exactly one must be"),
                            tuple("dmz", "zone dmz has no accountable role"));
        }
    }

    @Nested
    class Roles {

        @Test
        void givenOnlyOtPeopleInRoles_whenChecked_thenItMissing() {
            var org = sound(List.of(accountable("SPE 1", "lead"), accountable("SPE 2", "lead")));
            var withoutIt = new Organisation(
                    org.people(),
                    List.of(role("lead", "lead"), role("ot-officer", "ot")),
                    org.raci(),
                    org.documents(),
                    org.awareness());

            assertThat(rule(CHECK.check(withoutIt, List.of(), AS_OF), "ORG-IT-OT"))
                    .singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("from IT"));
        }

        @Test
        void givenHolderWhoLeft_whenChecked_thenRoleVacantAndItMissing() {
            var org = sound(List.of(accountable("SPE 1", "lead"), accountable("SPE 2", "lead")));
            var people = List.of(org.people().get(0), org.people().get(1), leaver("it", "2020-01-01", "2026-05-01"));
            var left = new Organisation(people, org.roles(), org.raci(), List.of(), Awareness.EMPTY);

            var findings = CHECK.check(left, List.of(), AS_OF);

            assertThat(rule(findings, "ORG-ROLE-VACANT")).singleElement().satisfies(f -> {
                assertThat(f.subjects()).containsExactly("it-officer");
                assertThat(f.message()).contains("it left on 2026-05-01");
            });
            assertThat(rule(findings, "ORG-IT-OT")).hasSize(1);
        }

        @Test
        void givenHolderWhoLeavesTomorrow_whenCheckedToday_thenNotVacant() {
            var people = List.of(
                    TEAM.get(0),
                    TEAM.get(1),
                    leaver("it", "2020-01-01", AS_OF.plusDays(1).toString()));
            var org = new Organisation(
                    people,
                    ROLES,
                    List.of(accountable("SPE 1", "lead"), accountable("SPE 2", "lead")),
                    List.of(),
                    Awareness.EMPTY);

            assertThat(rule(CHECK.check(org, List.of(), AS_OF), "ORG-ROLE-VACANT"))
                    .isEmpty();
        }
    }

    @Nested
    class Documents {

        static final List<Responsibility> RACI = List.of(accountable("SPE 1", "lead"), accountable("SPE 2", "lead"));

        static Organisation with(Document... documents) {
            return new Organisation(TEAM, ROLES, RACI, List.of(documents), Awareness.EMPTY);
        }

        @Test
        void givenAcknowledgementOfSupersededVersion_whenChecked_thenNotAcknowledged() {
            var doc = policy(
                    "pol",
                    "2.0",
                    "2026-03-01",
                    List.of("SPE 1", "SPE 2"),
                    ack("lead", "2.0", "2026-03-05"),
                    ack("ot", "1.0", "2025-03-10"), // only the old one
                    ack("it", "1.0", "2025-03-10"),
                    ack("it", "2.0", "2026-03-20"));

            assertThat(rule(CHECK.check(with(doc), List.of(), AS_OF), "POLICY-NOT-ACKNOWLEDGED"))
                    .singleElement()
                    .satisfies(f -> {
                        assertThat(f.subjects()).containsExactly("pol", "ot");
                        assertThat(f.message()).contains("version 2.0").contains("acknowledged superseded version 1.0");
                    });
        }

        @Test
        void givenNewVersionApprovedLessThanThirtyDaysAgo_whenChecked_thenNobodyIsLateYet() {
            var doc = policy("pol", "2.0", "2026-05-10", List.of("SPE 1", "SPE 2"));

            assertThat(rule(CHECK.check(with(doc), List.of(), AS_OF), "POLICY-NOT-ACKNOWLEDGED"))
                    .isEmpty();
            assertThat(rule(CHECK.check(with(doc), List.of(), day("2026-06-10")), "POLICY-NOT-ACKNOWLEDGED"))
                    .singleElement()
                    .satisfies(f -> assertThat(f.subjects()).containsExactly("pol", "lead", "ot", "it"));
        }

        @Test
        void givenReviewIntervalPassed_whenChecked_thenReviewOverdue() {
            var doc = policy(
                    "pol",
                    "1.0",
                    "2025-05-31",
                    List.of("SPE 1", "SPE 2"),
                    ack("lead", "1.0", "2025-06-01"),
                    ack("ot", "1.0", "2025-06-01"),
                    ack("it", "1.0", "2025-06-01"));

            assertThat(CHECK.check(with(doc), List.of(), day("2026-05-31"))).isEmpty(); // due today: not overdue
            assertThat(CHECK.check(with(doc), List.of(), AS_OF))
                    .extracting(Finding::rule, Finding::subjects)
                    .containsExactly(tuple("POLICY-REVIEW-OVERDUE", List.of("pol", "lead")));
        }

        @Test
        void givenDocumentsCoveringSomeRequirements_whenChecked_thenTopmostUncoveredElementsNamed() {
            var doc = policy("pol", "1.0", "2026-05-20", List.of("ORG 1.1"));

            assertThat(rule(CHECK.check(with(doc), List.of(), AS_OF), "POLICY-ELEMENT-UNCOVERED"))
                    .extracting(f -> f.subjects().get(0))
                    .containsExactly("ORG 1.2", "ORG 2", "SPE 2");
        }
    }

    @Test
    void givenOverduePeople_whenChecked_thenOneAwarenessFindingPerModule() {
        var org = new Organisation(
                TEAM,
                ROLES,
                List.of(accountable("SPE 1", "lead"), accountable("SPE 2", "lead")),
                List.of(),
                new Awareness(List.of(basics()), List.of(), List.of(done("lead", "basics", "2026-01-10", 90))));

        assertThat(rule(CHECK.check(org, List.of(), AS_OF), "AWARENESS-OVERDUE"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.subjects()).containsExactly("basics", "ot", "it");
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                });
    }

    @Test
    void givenTheCatalog_whenStandardCheckUsed_thenEverySpeOfThe2024EditionIsChecked() {
        var org = new Organisation(TEAM, ROLES, List.of(), List.of(), Awareness.EMPTY);

        assertThat(rule(CheckOrganisation.standard().check(org, List.of(), AS_OF), "ORG-RACI-ACCOUNTABLE"))
                .extracting(f -> f.subjects().get(0))
                .containsExactly("SPE 1", "SPE 2", "SPE 3", "SPE 4", "SPE 5", "SPE 6", "SPE 7", "SPE 8");
    }
}
