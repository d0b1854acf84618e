package io.zonewarden.core.organisation;

import io.zonewarden.core.model.organisation.Campaign;
import java.util.List;

/**
 * How one campaign went for one of its modules. The target is the module's audience as it stood on the last day of
 * the campaign: people who joined after it ended, or left before, are not counted against it.
 *
 * @param completed ids of the target people who passed the module during the campaign
 * @param missing ids of the target people who did not
 */
public record CampaignResult(Campaign campaign, String module, List<String> completed, List<String> missing) {

    public CampaignResult {
        completed = List.copyOf(completed);
        missing = List.copyOf(missing);
    }

    /** Completed in percent of the target, rounded down; 100 for an empty target. */
    public int percent() {
        int target = completed.size() + missing.size();
        return target == 0 ? 100 : (int) (100L * completed.size() / target);
    }
}
