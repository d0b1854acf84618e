package io.zonewarden.app.server.api;

import io.zonewarden.app.server.InvalidInputException;
import io.zonewarden.app.server.NotFoundException;
import io.zonewarden.app.server.StaleEditException;
import io.zonewarden.app.server.requests.RequestBodyRefused;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/** Every API error as an RFC 9457 problem detail; {@code problems} lists each problem found with its location. */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
class ApiErrors extends ResponseEntityExceptionHandler {

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(e.status()), e.getMessage());
        problem.setTitle(e.status() == 413 ? "Too large" : e.status() == 409 ? "Conflict" : "Invalid input");
        problem.setProperty("problems", e.problems());
        problem.setProperty("changed", false);
        return problem;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        return problem;
    }

    @ExceptionHandler(StaleEditException.class)
    ProblemDetail stale(StaleEditException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED, e.getMessage());
        problem.setTitle("Changed meanwhile");
        problem.setProperty("changed", false);
        return problem;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setTitle("Forbidden");
        return problem;
    }

    /** A body stopped while it was read: too large (413) or too slow (408). */
    @ExceptionHandler(RequestBodyRefused.class)
    ProblemDetail refused(RequestBodyRefused e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(e.status()), e.getMessage());
        problem.setTitle(e.status() == 413 ? "Too large" : "Too slow");
        problem.setProperty("problems", List.of());
        problem.setProperty("changed", false);
        return problem;
    }

    /** A JSON body that does not parse, or does not fit the call: where (line:column) and what. */
    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var cause = ex.getMostSpecificCause();
        if (cause instanceof RequestBodyRefused refused) {
            return ResponseEntity.status(refused.status()).body(refused(refused));
        }
        String problem;
        if (cause instanceof JacksonException json) {
            var location = json.getLocation();
            problem = "request body"
                    + (location == null ? "" : ":" + location.getLineNr() + ":" + location.getColumnNr()) + ": "
                    + json.getOriginalMessage();
        } else {
            problem = "request body: " + cause.getMessage();
        }
        var detail = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, "the request body is not what this call takes");
        detail.setTitle("Invalid input");
        detail.setProperty("problems", List.of(problem));
        detail.setProperty("changed", false);
        return ResponseEntity.badRequest().body(detail);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMaxUploadSizeExceededException(
            MaxUploadSizeExceededException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONTENT_TOO_LARGE,
                "the upload is larger than this server accepts (" + ex.getMaxUploadSize() + " bytes)");
        problem.setTitle("Too large");
        problem.setProperty("problems", List.of());
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
    }
}
