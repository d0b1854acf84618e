package io.zonewarden.core.organisation;

import static io.zonewarden.core.organisation.OrganisationFixture.accountable;
import static io.zonewarden.core.organisation.OrganisationFixture.basics;
import static io.zonewarden.core.organisation.OrganisationFixture.day;
import static io.zonewarden.core.organisation.OrganisationFixture.done;
import static io.zonewarden.core.organisation.OrganisationFixture.person;
import static io.zonewarden.core.organisation.OrganisationFixture.policy;
import static io.zonewarden.core.organisation.OrganisationFixture.role;
import static io.zonewarden.core.organisation.OrganisationFixture.zoneAccountable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.zonewarden.core.model.organisation.Audience;
import io.zonewarden.core.model.organisation.Awareness;
import io.zonewarden.core.model.organisation.AwarenessModule;
import io.zonewarden.core.model.organisation.Discipline;
import io.zonewarden.core.model.organisation.Organisation;
import java.util.List;
import org.junit.jupiter.api.Test;

class CollectEvidenceTest {

    @Test
    void givenDocumentsRolesAndModules_whenCollected_thenEvidencePerElement() {
        var roleModule = new AwarenessModule(
                "duties",
                "Security duties",
                day("2024-01-01"),
                12,
                null,
                null,
                new Audience(List.of("lead"), List.of(), List.of()));
        var org = new Organisation(
                List.of(person("ann", Discipline.OT, "2020-01-01"), person("bob", Discipline.IT, "2020-01-01")),
                List.of(role("lead", "ann"), role("spare")),
                List.of(accountable("SPE 1", "lead"), zoneAccountable("bpcs", "lead")),
                List.of(policy("pol", "1.0", "2025-01-10", List.of("NET 3"))),
                new Awareness(
                        List.of(basics(), roleModule), List.of(), List.of(done("ann", "basics", "2026-01-10", 90))));

        var evidence = CollectEvidence.of(org, day("2026-03-01"));

        assertThat(evidence)
                .extracting(ProgrammeEvidence::element, ProgrammeEvidence::source)
                .containsExactly(
                        tuple("ORG 1.1", "pol"),
                        tuple("NET 3", "pol"),
                        tuple("ORG 1.3", "roles"),
                        tuple("ORG 1.4", "awareness"),
                        tuple("ORG 1.5", "awareness"));
        assertThat(evidence.get(0).summary()).endsWith("review due 2026-01-10 (overdue)");
        assertThat(evidence.get(2).summary())
                .isEqualTo("2 security roles, 1 held; RACI table with 1 programme element rows and 1 zone rows");
        assertThat(evidence.get(3).summary()).endsWith("1 of 2 people current on 2026-03-01");
        assertThat(evidence.get(4).summary()).endsWith("0 of 1 people current on 2026-03-01");
    }

    @Test
    void givenNoOrganisation_whenCollected_thenNoEvidence() {
        assertThat(CollectEvidence.of(Organisation.EMPTY, day("2026-03-01"))).isEmpty();
    }
}
