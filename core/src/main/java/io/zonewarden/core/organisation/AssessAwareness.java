package io.zonewarden.core.organisation;

import io.zonewarden.core.model.organisation.AwarenessModule;
import io.zonewarden.core.model.organisation.Campaign;
import io.zonewarden.core.model.organisation.Completion;
import io.zonewarden.core.model.organisation.Organisation;
import io.zonewarden.core.model.organisation.Person;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Computes where the awareness programme stands on a given day (IEC 62443-2-1 ORG 1.4 and 1.5).
 *
 * <p>The due-date rule: a module is next due {@code refresherMonths} (for people with remote-access or engineering
 * rights: {@code privilegedRefresherMonths}) after the person's last passing completion on or before the day, by
 * {@link LocalDate#plusMonths}: a completion on 29 February 2024 with a 12-month refresher is due on 28 February
 * 2025, and one on 31 August 2023 with 6 months on 29 February 2024. Someone who never passed it is due from the
 * later of the day they joined and the day the module was introduced: training is part of starting the job, and a
 * campaign run before someone joined does not make them late. Only people active on the day count; people who left
 * are out, as are those who join later. A due date before the day is overdue; on the day or within the look-ahead,
 * due soon.
 */
public final class AssessAwareness {

    private final Organisation organisation;
    private final Map<String, List<Completion>> completionsByPersonAndModule = new HashMap<>();

    public AssessAwareness(Organisation organisation) {
        this.organisation = organisation;
        for (var completion : organisation.awareness().completions()) {
            completionsByPersonAndModule
                    .computeIfAbsent(key(completion.person(), completion.module()), k -> new ArrayList<>())
                    .add(completion);
        }
        completionsByPersonAndModule.values().forEach(list -> list.sort(Comparator.comparing(Completion::date)));
    }

    private static String key(String person, String module) {
        return person + "\u0000" + module;
    }

    /** The full report on {@code asOf}, with people due within {@code dueWithinDays} days marked as due soon. */
    public AwarenessReport report(LocalDate asOf, int dueWithinDays) {
        if (dueWithinDays < 0) throw new IllegalArgumentException("a look-ahead cannot be negative: " + dueWithinDays);
        var dues = dues(asOf, dueWithinDays);
        var trend = new ArrayList<TrendPoint>(12);
        for (int monthsBack = 11; monthsBack >= 0; monthsBack--) {
            var day = asOf.minusMonths(monthsBack);
            var then = monthsBack == 0 ? dues : dues(day, 0);
            int current = (int) then.stream()
                    .filter(d -> d.status() != AwarenessStatus.OVERDUE)
                    .count();
            trend.add(new TrendPoint(day, then.size(), current));
        }
        var campaigns = new ArrayList<CampaignResult>();
        for (var campaign : organisation.awareness().campaigns()) {
            if (campaign.start().isAfter(asOf)) continue; // not started yet: nothing to say
            for (var moduleId : campaign.modules()) {
                organisation.module(moduleId).ifPresent(module -> campaigns.add(campaign(campaign, module)));
            }
        }
        return new AwarenessReport(
                asOf,
                dueWithinDays,
                dues,
                coverage(dues, d -> d.module().id()),
                coverage(
                        dues,
                        d -> d.person().department() == null
                                ? "(none)"
                                : d.person().department()),
                coverage(dues, d -> d.person().discipline().label()),
                trend,
                campaigns);
    }

    /** Every active person's standing with every module of their audience introduced by {@code asOf}. */
    public List<AwarenessDue> dues(LocalDate asOf, int dueWithinDays) {
        var result = new ArrayList<AwarenessDue>();
        var horizon = asOf.plusDays(dueWithinDays);
        for (var module : organisation.awareness().modules()) {
            if (module.introduced().isAfter(asOf)) continue;
            for (var person : organisation.people()) {
                if (!person.activeOn(asOf) || !module.audience().includes(person, organisation)) continue;
                var last = lastPassed(person, module, asOf);
                int interval = module.refresherMonthsFor(person);
                var due = last != null ? last.plusMonths(interval) : firstDue(person, module);
                AwarenessStatus status;
                if (due.isBefore(asOf)) {
                    status = AwarenessStatus.OVERDUE;
                } else if (!due.isAfter(horizon)) {
                    status = AwarenessStatus.DUE_SOON;
                } else {
                    status = AwarenessStatus.CURRENT;
                }
                long overdue = status == AwarenessStatus.OVERDUE ? ChronoUnit.DAYS.between(due, asOf) : 0;
                result.add(new AwarenessDue(person, module, last, due, interval, status, overdue));
            }
        }
        return result;
    }

    /** The later of joining and the module's introduction. */
    static LocalDate firstDue(Person person, AwarenessModule module) {
        var joined = person.joined();
        return joined != null && joined.isAfter(module.introduced()) ? joined : module.introduced();
    }

    private @Nullable LocalDate lastPassed(Person person, AwarenessModule module, LocalDate asOf) {
        var completions = completionsByPersonAndModule.getOrDefault(key(person.id(), module.id()), List.of());
        LocalDate last = null;
        for (var completion : completions) {
            if (completion.date().isAfter(asOf)) break; // sorted by date
            if (module.passes(completion.score())) last = completion.date();
        }
        return last;
    }

    private CampaignResult campaign(Campaign campaign, AwarenessModule module) {
        var completed = new ArrayList<String>();
        var missing = new ArrayList<String>();
        for (var person : organisation.people()) {
            if (!person.activeOn(campaign.end())
                    || !module.audience().includes(person, organisation)
                    || !campaign.audience().includes(person, organisation)) {
                continue;
            }
            boolean done = completionsByPersonAndModule.getOrDefault(key(person.id(), module.id()), List.of()).stream()
                    .anyMatch(c -> campaign.contains(c.date()) && module.passes(c.score()));
            (done ? completed : missing).add(person.id());
        }
        return new CampaignResult(campaign, module.id(), completed, missing);
    }

    private static List<Coverage> coverage(List<AwarenessDue> dues, Function<AwarenessDue, String> group) {
        var required = new LinkedHashMap<String, int[]>();
        for (var due : dues) {
            var counts = required.computeIfAbsent(group.apply(due), k -> new int[2]);
            counts[0]++;
            if (due.status() != AwarenessStatus.OVERDUE) counts[1]++;
        }
        var result = new ArrayList<Coverage>(required.size());
        required.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> result.add(new Coverage(e.getKey(), e.getValue()[0], e.getValue()[1])));
        return result;
    }
}
