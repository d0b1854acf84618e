/**
 * The learned normal of a plant's network: assets, conversations, protocols and functions per conversation, device
 * identities and rough rates, learned from known-good captures; and the deviations a later capture shows from it.
 */
@NullMarked
package io.zonewarden.monitor.baseline;

import org.jspecify.annotations.NullMarked;
