/**
 * People and organisation (IEC 62443-2-1 SPE 1, ORG 1): the checks of the security organisation (one accountable
 * role per programme element and zone, IT and OT both represented, no vacant role), of policies and procedures
 * (reviews, acknowledgements, coverage of the programme elements) and the awareness programme's due dates, coverage
 * and trend. Every computation takes the day it is "as of" as a parameter: nothing here reads the clock.
 */
@NullMarked
package io.zonewarden.core.organisation;

import org.jspecify.annotations.NullMarked;
