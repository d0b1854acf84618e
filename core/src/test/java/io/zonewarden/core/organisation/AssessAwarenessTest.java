package io.zonewarden.core.organisation;

import static io.zonewarden.core.organisation.OrganisationFixture.basics;
import static io.zonewarden.core.organisation.OrganisationFixture.campaign;
import static io.zonewarden.core.organisation.OrganisationFixture.day;
import static io.zonewarden.core.organisation.OrganisationFixture.done;
import static io.zonewarden.core.organisation.OrganisationFixture.engineer;
import static io.zonewarden.core.organisation.OrganisationFixture.leaver;
import static io.zonewarden.core.organisation.OrganisationFixture.organisation;
import static io.zonewarden.core.organisation.OrganisationFixture.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.zonewarden.core.model.organisation.Audience;
import io.zonewarden.core.model.organisation.AwarenessModule;
import io.zonewarden.core.model.organisation.Discipline;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AssessAwarenessTest {

    @Nested
    class DueDates {

        @Test
        void givenCompletionOnLeapDay_whenTwelveMonthsLater_thenDueOnTwentyEighthOfFebruary() {
            // 2024-02-29 plusMonths(12): 2025 has no 29 February, so the due date is the last day of that month
            var org = organisation(
                    List.of(person("ann", Discipline.OT, "2020-01-01")),
                    basics(),
                    List.of(done("ann", "basics", "2024-02-29", 90)));

            var onTheDay = new AssessAwareness(org).dues(day("2025-02-28"), 0);
            var dayAfter = new AssessAwareness(org).dues(day("2025-03-01"), 0);

            assertThat(onTheDay).singleElement().satisfies(d -> {
                assertThat(d.due()).isEqualTo(day("2025-02-28"));
                assertThat(d.status()).isEqualTo(AwarenessStatus.DUE_SOON);
            });
            assertThat(dayAfter).singleElement().satisfies(d -> {
                assertThat(d.status()).isEqualTo(AwarenessStatus.OVERDUE);
                assertThat(d.daysOverdue()).isEqualTo(1);
            });
        }

        @Test
        void givenPrivilegedPersonTrainedOnLastDayOfAugust_whenSixMonthRefresher_thenDueOnLeapDay() {
            var org = organisation(
                    List.of(engineer("eve", "2020-01-01")), basics(), List.of(done("eve", "basics", "2023-08-31", 80)));

            var due = new AssessAwareness(org).dues(day("2024-01-15"), 0);

            assertThat(due).singleElement().satisfies(d -> {
                assertThat(d.intervalMonths()).isEqualTo(6);
                assertThat(d.due()).isEqualTo(day("2024-02-29"));
                assertThat(d.status()).isEqualTo(AwarenessStatus.CURRENT);
            });
        }

        @Test
        void givenNeverTrained_whenJoinedAfterIntroduction_thenDueFromJoiningElseFromIntroduction() {
            var org = organisation(
                    List.of(person("old", Discipline.OT, "2015-05-01"), person("new", Discipline.IT, "2024-06-10")),
                    basics(),
                    List.of());

            var dues = new AssessAwareness(org).dues(day("2024-06-20"), 0);

            assertThat(dues)
                    .extracting(d -> d.person().id(), AwarenessDue::due, AwarenessDue::lastCompleted)
                    .containsExactly(tuple("old", day("2024-01-01"), null), tuple("new", day("2024-06-10"), null));
        }

        @Test
        void givenFailedAttemptAfterAPass_whenAssessed_thenDueCountsFromThePass() {
            var org = organisation(
                    List.of(person("bob", Discipline.OT, "2020-01-01")),
                    basics(),
                    List.of(done("bob", "basics", "2024-03-01", 85), done("bob", "basics", "2025-02-20", 40)));

            var due = new AssessAwareness(org).dues(day("2025-03-10"), 0).get(0);

            assertThat(due.lastCompleted()).isEqualTo(day("2024-03-01"));
            assertThat(due.status()).isEqualTo(AwarenessStatus.OVERDUE);
            assertThat(due.daysOverdue()).isEqualTo(9);
        }

        @Test
        void givenCompletionAfterTheReportDay_whenAssessedEarlier_thenItDoesNotCountYet() {
            var org = organisation(
                    List.of(person("bob", Discipline.OT, "2020-01-01")),
                    basics(),
                    List.of(done("bob", "basics", "2024-05-01", 85)));

            var due = new AssessAwareness(org).dues(day("2024-04-01"), 0).get(0);

            assertThat(due.lastCompleted()).isNull();
            assertThat(due.status()).isEqualTo(AwarenessStatus.OVERDUE);
        }

        @Test
        void givenLeaverAndFutureJoiner_whenAssessed_thenNeitherIsDue() {
            var org = organisation(
                    List.of(
                            leaver("gone", "2019-01-01", "2024-03-31"),
                            person("soon", Discipline.OT, "2024-09-01"),
                            person("here", Discipline.OT, "2019-01-01")),
                    basics(),
                    List.of());

            var dues = new AssessAwareness(org).dues(day("2024-06-01"), 0);

            assertThat(dues).extracting(d -> d.person().id()).containsExactly("here");
        }

        @Test
        void givenDueWithinThirtyDays_whenAssessed_thenDueSoonOnlyInsideTheWindow() {
            var org = organisation(
                    List.of(person("a", Discipline.OT, null), person("b", Discipline.OT, null)),
                    basics(),
                    List.of(done("a", "basics", "2024-07-01", 90), done("b", "basics", "2024-08-01", 90)));

            var dues = new AssessAwareness(org).dues(day("2025-06-01"), 30);

            assertThat(dues)
                    .extracting(d -> d.person().id(), AwarenessDue::status)
                    .containsExactly(
                            tuple("a", AwarenessStatus.DUE_SOON), // due 2025-07-01, exactly 30 days ahead
                            tuple("b", AwarenessStatus.CURRENT)); // due 2025-08-01
        }

        @Test
        void givenModuleForOneDepartment_whenAssessed_thenOnlyItsPeopleAreDue() {
            var module = new AwarenessModule(
                    "eng",
                    "Engineering hygiene",
                    day("2024-01-01"),
                    12,
                    null,
                    null,
                    new Audience(List.of(), List.of("Engineering"), List.of()));
            var org = organisation(
                    List.of(
                            person("e1", "Engineering", Discipline.OT),
                            person("o1", "Operations", Discipline.OT),
                            person("it1", "IT", Discipline.IT)),
                    module,
                    List.of());

            assertThat(new AssessAwareness(org).dues(day("2024-06-01"), 0))
                    .extracting(d -> d.person().id())
                    .containsExactly("e1");
        }

        @Test
        void givenNegativeLookAhead_whenReported_thenRefused() {
            var org = organisation(List.of(), basics(), List.of());
            assertThatThrownBy(() -> new AssessAwareness(org).report(day("2024-06-01"), -1))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Campaigns {

        @Test
        void givenPersonWhoJoinedAfterTheCampaign_whenReported_thenNotCountedAgainstItAndDueFromJoining() {
            var org = organisation(
                    List.of(
                            person("early", Discipline.OT, "2020-01-01"),
                            person("missed", Discipline.OT, "2020-01-01"),
                            person("late", Discipline.OT, "2024-11-15")),
                    basics(),
                    List.of(done("early", "basics", "2024-10-10", 95)),
                    List.of(campaign("autumn-2024", "basics", "2024-10-01", "2024-10-31")));

            var report = new AssessAwareness(org).report(day("2024-12-01"), 0);

            assertThat(report.campaigns()).singleElement().satisfies(c -> {
                assertThat(c.completed()).containsExactly("early");
                assertThat(c.missing()).containsExactly("missed");
                assertThat(c.percent()).isEqualTo(50);
            });
            assertThat(report.dues())
                    .filteredOn(d -> d.person().id().equals("late"))
                    .singleElement()
                    .satisfies(d -> {
                        assertThat(d.due()).isEqualTo(day("2024-11-15"));
                        assertThat(d.status()).isEqualTo(AwarenessStatus.OVERDUE);
                    });
        }

        @Test
        void givenCompletionJustOutsideTheCampaign_whenReported_thenNotCompletedInIt() {
            var org = organisation(
                    List.of(person("a", Discipline.OT, "2020-01-01")),
                    basics(),
                    List.of(done("a", "basics", "2024-11-01", 95)),
                    List.of(campaign("autumn-2024", "basics", "2024-10-01", "2024-10-31")));

            var report = new AssessAwareness(org).report(day("2024-12-01"), 0);

            assertThat(report.campaigns().get(0).missing()).containsExactly("a");
        }

        @Test
        void givenCampaignForEngineersOnly_whenReported_thenOthersAreNotItsTarget() {
            var engineers = new io.zonewarden.core.model.organisation.Campaign(
                    "spring-2025",
                    "Refresher for engineers",
                    List.of("basics"),
                    day("2025-04-01"),
                    day("2025-05-31"),
                    new Audience(List.of(), List.of(), List.of(Discipline.OT)));
            var org = organisation(
                    List.of(engineer("eve", "2020-01-01"), person("ivan", Discipline.IT, "2020-01-01")),
                    basics(),
                    List.of(),
                    List.of(engineers));

            var result = new AssessAwareness(org).report(day("2025-06-01"), 0).campaigns();

            assertThat(result)
                    .singleElement()
                    .satisfies(c -> assertThat(c.missing()).containsExactly("eve"));
        }

        @Test
        void givenCampaignNotStarted_whenReported_thenLeftOut() {
            var org = organisation(
                    List.of(person("a", Discipline.OT, "2020-01-01")),
                    basics(),
                    List.of(),
                    List.of(campaign("spring-2025", "basics", "2025-03-01", "2025-03-31")));

            assertThat(new AssessAwareness(org).report(day("2024-12-01"), 0).campaigns())
                    .isEmpty();
        }
    }

    @Nested
    class CoverageAndTrend {

        @Test
        void givenTwoDepartments_whenReported_thenCoveragePerDepartmentAndDiscipline() {
            var org = organisation(
                    List.of(
                            person("o1", "Operations", Discipline.OT),
                            person("o2", "Operations", Discipline.OT),
                            person("i1", "IT", Discipline.IT)),
                    basics(),
                    List.of(done("o1", "basics", "2024-05-01", 90), done("i1", "basics", "2024-05-01", 90)));

            var report = new AssessAwareness(org).report(day("2024-06-01"), 0);

            assertThat(report.byDepartment())
                    .extracting(Coverage::group, Coverage::required, Coverage::current, Coverage::percent)
                    .containsExactly(tuple("IT", 1, 1, 100), tuple("Operations", 2, 1, 50));
            assertThat(report.byDiscipline())
                    .extracting(Coverage::group, Coverage::percent)
                    .containsExactly(tuple("it", 100), tuple("ot", 50));
            assertThat(report.overall().percent()).isEqualTo(66);
        }

        @Test
        void givenTrainingInSpring_whenReportedAYearOn_thenTrendRisesThenFalls() {
            // trained 2024-03-15 on a 12-month refresher: overdue before (due from introduction), current after,
            // overdue again from 2025-03-16
            var org = organisation(
                    List.of(person("a", Discipline.OT, "2020-01-01")),
                    basics(),
                    List.of(done("a", "basics", "2024-03-15", 90)));

            var trend = new AssessAwareness(org).report(day("2025-04-01"), 0).trend();

            assertThat(trend).hasSize(12);
            assertThat(trend.get(0).date()).isEqualTo(day("2024-05-01"));
            assertThat(trend.get(11).date()).isEqualTo(day("2025-04-01"));
            assertThat(trend)
                    .extracting(TrendPoint::percent)
                    .containsExactly(100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 0);
        }

        @Test
        void givenModuleIntroducedLaterInTheYear_whenTrendComputed_thenEarlierPointsRequireNothing() {
            var org = organisation(List.of(person("a", Discipline.OT, "2020-01-01")), basics(), List.of());

            var trend = new AssessAwareness(org).report(day("2024-06-01"), 0).trend();

            assertThat(trend.get(0).required()).isZero(); // 2023-07-01, before the module existed
            assertThat(trend.get(0).percent()).isEqualTo(100);
            assertThat(trend.get(11).required()).isEqualTo(1);
            assertThat(trend.get(11).current()).isZero();
        }
    }
}
