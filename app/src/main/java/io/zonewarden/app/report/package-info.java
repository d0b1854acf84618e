/** Documents for people: self-contained HTML reports rendered from the core's results (Thymeleaf templates). */
@NullMarked
package io.zonewarden.app.report;

import org.jspecify.annotations.NullMarked;
