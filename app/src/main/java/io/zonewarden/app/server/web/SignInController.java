package io.zonewarden.app.server.web;

import io.zonewarden.app.server.InvalidInputException;
import io.zonewarden.app.server.security.FirstAdministrator;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page and the one-time setup of the first administrator. */
@Controller
class SignInController {

    private final FirstAdministrator first;

    SignInController(FirstAdministrator first) {
        this.first = first;
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/setup")
    String setup(Model model) {
        if (first.setupCode() == null) return "redirect:/login";
        return "setup";
    }

    @PostMapping("/setup")
    String setup(
            @RequestParam String code,
            @RequestParam String username,
            @RequestParam(defaultValue = "") String displayName,
            @RequestParam String password,
            @RequestParam String confirm,
            Model model) {
        if (first.setupCode() == null) return "redirect:/login";
        if (!password.equals(confirm)) {
            throw new InvalidInputException(
                    "the administrator was not created", java.util.List.of("confirm: the two passwords differ"));
        }
        if (!first.complete(code, username, displayName, password)) {
            throw new InvalidInputException(
                    "the administrator was not created",
                    java.util.List.of("code: not the setup code the server printed on its console at start"));
        }
        return "redirect:/login?created";
    }
}
