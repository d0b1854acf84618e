package io.zonewarden.app.server.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a start that stopped because the administrator given on the command line was refused: the reasons, not a
 * stack trace (Spring Boot prints an analysed failure in place of the exception).
 */
public final class RefusedAdministratorAnalyzer extends AbstractFailureAnalyzer<FirstAdministrator.Refused> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, FirstAdministrator.Refused cause) {
        var description = new StringBuilder(cause.getMessage()).append(':');
        cause.problems()
                .forEach(p ->
                        description.append(System.lineSeparator()).append("  ").append(p));
        return new FailureAnalysis(
                description.toString(),
                "Give a password the policy accepts (at least 12 characters; a passphrase of four or more unrelated"
                        + " words is easiest) in --admin-password-file or ZONEWARDEN_ADMIN_PASSWORD, and start again.",
                cause);
    }
}
