package io.zonewarden.app.server.web;

import io.zonewarden.app.server.InvalidInputException;
import io.zonewarden.app.server.NotFoundException;
import io.zonewarden.app.server.StaleEditException;
import io.zonewarden.app.server.requests.RequestBodyRefused;
import io.zonewarden.app.server.security.PlantAccess;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * What every page shares: who is signed in, and how a refused request is shown (a page with the message and every
 * problem; for an htmx request only the message block, which the page's script puts in its message area).
 */
@ControllerAdvice(basePackageClasses = WebSupport.class)
class WebSupport {

    private final PlantAccess access;

    WebSupport(PlantAccess access) {
        this.access = access;
    }

    @ModelAttribute("me")
    Views.Me me() {
        try {
            return new Views.Me(access.actor(), access.administrator());
        } catch (AccessDeniedException e) {
            return new Views.Me("", false);
        }
    }

    @ExceptionHandler(InvalidInputException.class)
    String invalid(InvalidInputException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        return problem(e.status(), e.getMessage(), e.problems(), request, response, model);
    }

    @ExceptionHandler(NotFoundException.class)
    String notFound(NotFoundException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        return problem(404, e.getMessage(), List.of(), request, response, model);
    }

    @ExceptionHandler(StaleEditException.class)
    String stale(StaleEditException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        return problem(409, e.getMessage(), List.of(), request, response, model);
    }

    @ExceptionHandler(AccessDeniedException.class)
    String denied(AccessDeniedException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        return problem(403, e.getMessage(), List.of(), request, response, model);
    }

    @ExceptionHandler(RequestBodyRefused.class)
    String refused(RequestBodyRefused e, HttpServletRequest request, HttpServletResponse response, Model model) {
        return problem(e.status(), e.getMessage(), List.of(), request, response, model);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletRequest request, HttpServletResponse response, Model model) {
        return problem(
                413,
                "the file is larger than this server accepts",
                List.of("the limit is set with --spring.servlet.multipart.max-file-size (zonewarden.max-upload)"),
                request,
                response,
                model);
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class})
    String badParameter(Exception e, HttpServletRequest request, HttpServletResponse response, Model model) {
        return problem(
                400, "the request is incomplete or malformed", List.of(e.getMessage()), request, response, model);
    }

    private String problem(
            int status,
            String message,
            List<String> problems,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("message", message);
        model.addAttribute("problems", problems);
        model.addAttribute("me", me());
        return request.getHeader("HX-Request") != null ? "problem :: block" : "problem";
    }
}
