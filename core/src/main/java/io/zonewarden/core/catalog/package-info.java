/**
 * The IEC 62443 catalog: foundational requirements, security levels and vectors, and the requirement data
 * (IEC 62443-3-3 SR/RE, 62443-4-2 CR/RE and component requirements, 62443-2-1 programme elements, 62443-3-2 ZCR
 * steps) loaded from the versioned resources under {@code catalog/}.
 */
@NullMarked
package io.zonewarden.core.catalog;

import org.jspecify.annotations.NullMarked;
