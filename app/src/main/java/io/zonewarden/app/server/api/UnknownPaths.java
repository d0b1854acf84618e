package io.zonewarden.app.server.api;

import io.zonewarden.app.server.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A path under the API that names nothing gets a problem detail like every other API error, not an HTML page. */
@RestController
class UnknownPaths {

    @RequestMapping("/api/**")
    void unknown(HttpServletRequest request) {
        throw new NotFoundException(request.getMethod() + " " + request.getRequestURI()
                + " is no part of this API (see /api/v1/openapi.json)");
    }
}
