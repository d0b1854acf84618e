package io.zonewarden.app.server.web;

import io.zonewarden.app.server.InvalidInputException;
import io.zonewarden.app.server.security.FirstAdministrator;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page and the one-time setup of the first administrator. */
@Controller
class SignInController {

    /** A single sign-on provider configured for this server. */
    public record Provider(String id, String name) {}

    private final FirstAdministrator first;
    private final List<Provider> providers;

    SignInController(FirstAdministrator first, ObjectProvider<ClientRegistrationRepository> registrations) {
        this.first = first;
        var list = new ArrayList<Provider>();
        if (registrations.getIfAvailable() instanceof Iterable<?> all) {
            for (var registration : all) {
                if (registration instanceof ClientRegistration r)
                    list.add(new Provider(r.getRegistrationId(), r.getClientName()));
            }
        }
        this.providers = List.copyOf(list);
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("providers", providers);
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
                    "the administrator was not created", List.of("confirm: the two passwords differ"));
        }
        if (!first.complete(code, username, displayName, password)) {
            throw new InvalidInputException(
                    "the administrator was not created",
                    List.of("code: not the setup code the server printed on its console at start"));
        }
        return "redirect:/login?created";
    }
}
