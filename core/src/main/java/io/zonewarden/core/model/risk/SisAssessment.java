package io.zonewarden.core.model.risk;

import java.time.LocalDate;

/**
 * The sign-off of a safety zone's SIS security risk assessment (IEC 61511-1 clause 8.2.4): who in the HSE function
 * accepted it, in which role, on which day. Recorded in the model so that the risk report shows who answers for the
 * residual risk of the safety instrumented system.
 *
 * @param zone the safety zone assessed
 * @param approvedBy the person who signed it off
 * @param role their role, e.g. process safety manager
 */
public record SisAssessment(String zone, String approvedBy, String role, LocalDate date) {

    public SisAssessment {
        if (approvedBy.isBlank())
            throw new IllegalArgumentException("an SIS assessment of " + zone + " needs approvedBy");
        if (role.isBlank()) throw new IllegalArgumentException("an SIS assessment of " + zone + " needs a role");
    }
}
