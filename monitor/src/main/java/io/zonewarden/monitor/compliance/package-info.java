/**
 * Evidence for the assessment from observed traffic: per zone, how much inter-zone traffic crosses declared conduits
 * (IEC 62443-3-3 SR 5.1, SR 5.2), which cleartext protocols enter higher-SL zones (SR 3.1, SR 4.1), and whether the
 * zone is monitored at all (SR 6.2). Always suggestions beside the assessor's answers, never in their place.
 */
@NullMarked
package io.zonewarden.monitor.compliance;

import org.jspecify.annotations.NullMarked;
