/** SQL: one class per table or aggregate, plain {@link org.springframework.jdbc.core.simple.JdbcClient}. */
@NullMarked
package io.zonewarden.app.server.store;

import org.jspecify.annotations.NullMarked;
