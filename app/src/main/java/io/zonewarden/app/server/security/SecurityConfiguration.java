package io.zonewarden.app.server.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two filter chains: the API (HTTP Basic, no session, no cookies, so no CSRF) and the web application (form sign-in,
 * session cookie, CSRF tokens on every change, strict headers). Both authenticate against {@link Accounts}.
 */
@Configuration
public class SecurityConfiguration {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** No inline script or style anywhere: everything the pages run comes from this server's own files. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self';"
            + " form-action 'self'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt today, tagged with its id so a later default can upgrade hashes at the next sign-in
        return new BoundedPasswordChecks(
                PasswordEncoderFactories.createDelegatingPasswordEncoder(), BoundedPasswordChecks.defaultAtOnce());
    }

    /** The signed-in web sessions per account, so that a password change or a disabled account ends them. */
    @Bean
    static SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the registry when the servlet container ends a session or changes its id. */
    @Bean
    static HttpSessionEventPublisher sessionEvents() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth.requestMatchers("/api/v1/openapi.json", "/api/v1/openapi.json/**")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .httpBasic(basic -> basic.realmName("ZoneWarden")
                        .authenticationDetailsSource(VerifiedPasswords.ApiSignIn::new)
                        // one answer for every refusal: unknown, locked and wrong are not told apart (ASVS 2.2.1)
                        .authenticationEntryPoint((request, response, e) -> problem(
                                response,
                                HttpStatus.UNAUTHORIZED,
                                "sign in with HTTP Basic (an account of this server); " + VerifiedPasswords.REFUSED)))
                .exceptionHandling(ex -> ex.accessDeniedHandler(
                        (request, response, e) -> problem(response, HttpStatus.FORBIDDEN, e.getMessage())))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(h -> h.contentSecurityPolicy(
                                csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .frameOptions(f -> f.deny()));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(
            HttpSecurity http,
            FirstAdministrator first,
            ObjectProvider<ClientRegistrationRepository> oidcProviders,
            OidcAccounts oidcAccounts,
            SessionRegistry sessions)
            throws Exception {
        if (oidcProviders.getIfAvailable() != null) {
            // optional single sign-on; the identity must still name a local account (OidcAccounts)
            http.oauth2Login(oidc -> oidc.loginPage("/login")
                    .userInfoEndpoint(info -> info.oidcUserService(oidcAccounts))
                    .failureHandler((request, response, e) ->
                            response.sendRedirect(request.getContextPath() + "/login?oidc-refused")));
        }
        http.authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/login",
                                "/login/oauth2/**",
                                "/oauth2/**",
                                "/setup",
                                "/static/**",
                                "/webjars/**",
                                "/favicon.ico",
                                "/error")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login")
                        // one answer for every refusal: unknown, locked and wrong are not told apart (ASVS 2.2.1)
                        .failureHandler((request, response, e) ->
                                response.sendRedirect(request.getContextPath() + "/login?error"))
                        .defaultSuccessUrl("/", false))
                // every session is registered under its account, so that a password change or a disabled account
                // can end it (ASVS 3.3.3); no limit on how many one account holds
                .sessionManagement(session ->
                        session.maximumSessions(-1).sessionRegistry(sessions).expiredUrl("/login?expired"))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signed-out"))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(f -> f.deny())
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .addFilterBefore(new SetupFirst(first), org.springframework.security.web.csrf.CsrfFilter.class);
        return http.build();
    }

    /** The same RFC 9457 shape as the API's other errors, written before any controller is reached. */
    private static void problem(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        if (status == HttpStatus.UNAUTHORIZED) response.setHeader("WWW-Authenticate", "Basic realm=\"ZoneWarden\"");
        var body = new LinkedHashMap<String, Object>();
        body.put("type", "about:blank");
        body.put("title", status.getReasonPhrase());
        body.put("status", status.value());
        body.put("detail", detail);
        JSON.writeValue(response.getOutputStream(), body);
    }

    /** While no account exists, every page leads to the setup page. */
    static final class SetupFirst extends OncePerRequestFilter {
        private final FirstAdministrator first;

        SetupFirst(FirstAdministrator first) {
            this.first = first;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            var path =
                    request.getRequestURI().substring(request.getContextPath().length());
            if ("GET".equals(request.getMethod())
                    && (path.equals("/") || path.equals("/login"))
                    && first.setupCode() != null) {
                response.sendRedirect(
                        request.getContextPath() + "/setup?next=" + URLEncoder.encode("/", StandardCharsets.UTF_8));
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
