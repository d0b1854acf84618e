/**
 * The web application: server-rendered Thymeleaf pages, htmx for the parts that change in place, cytoscape.js for
 * the zone and conduit diagram. Every handler asks {@link io.zonewarden.app.server.security.PlantAccess} first.
 */
@NullMarked
package io.zonewarden.app.server.web;

import org.jspecify.annotations.NullMarked;
