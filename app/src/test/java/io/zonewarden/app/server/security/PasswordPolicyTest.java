package io.zonewarden.app.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The password policy refuses what attackers try first and accepts passphrases (NIST SP 800-63B 5.1.1.2). */
class PasswordPolicyTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "password1234", // a common password with digits added
                "123456789012", // a digit sequence, wrapping past 9
                "Password123!", // case, digits and a symbol around a common password
                "P@ssw0rd2024!", // look-alike characters
                "qwertyuiop12",
                "1qaz2wsx3edc", // a keyboard column walk
                "qwertyasdfgh", // two keyboard rows
                "abcabcabcabc",
                "987654321098",
                "ZoneWarden2026!", // the product's name
                "Administrator1!", // a single dictionary word
                "Electricity2025",
                "iloveyou2024!!",
                "dragon-dragon-dragon",
                "monkeymonkey12"
            })
    void guessable_passwords_are_refused_with_the_reason(String password) {
        var problems = PasswordPolicy.problems("someone", password);
        assertThat(problems)
                .as("problems with '%s'", password)
                .anyMatch(p -> p.startsWith("password: ") && p.contains("passphrase of four or more unrelated words"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "correct horse battery staple",
                "tulip orbit kettle maroon",
                "pass phrase 2026 for test account 1a2b3c4d",
                "Xk9#mQ2$vL7p",
                "my cat eats 7 radishes at dawn",
                "vindaloo-capstan-quiver-88"
            })
    void passphrases_and_random_passwords_are_accepted(String password) {
        assertThat(PasswordPolicy.problems("someone", password))
                .as("problems with '%s'", password)
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "Password123!", "P@ssw0rd2024!"})
    void the_variants_include_the_common_password_inside(String password) {
        assertThat(PasswordPolicy.variants(password)).contains("password");
    }

    @org.junit.jupiter.api.Test
    void length_username_and_variety_are_still_checked() {
        assertThat(PasswordPolicy.problems("someone", "short")).anyMatch(p -> p.contains("at least 12 characters"));
        assertThat(PasswordPolicy.problems("someone", "x".repeat(201))).anyMatch(p -> p.contains("at most 200"));
        assertThat(PasswordPolicy.problems("pumpkin", "my Pumpkin pass phrase"))
                .anyMatch(p -> p.contains("must not contain the username"));
        assertThat(PasswordPolicy.problems("someone", "abababababab")).anyMatch(p -> p.contains("fewer than 5"));
    }

    @org.junit.jupiter.api.Test
    void pieces_counts_walks_repeats_and_common_passwords() {
        assertThat(PasswordPolicy.pieces("qwerty123456")).isEqualTo(1); // itself a common password
        assertThat(PasswordPolicy.pieces("asdfghzxcvbn")).isEqualTo(2);
        assertThat(PasswordPolicy.pieces("xk9mq2vl7pzt")).isGreaterThan(2);
    }
}
