package io.zonewarden.app.server.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Which passwords an account may have. Length beats composition rules (NIST SP 800-63B 5.1.1.2, OWASP ASVS 2.1.1,
 * 2.1.9): at least {@value #MIN_LENGTH} characters, no required character classes. What an attacker tries first is
 * refused (800-63B 5.1.1.2 "blocklist", ASVS 2.1.7): the 30,000 most common passwords of a public breach corpus and
 * words naming this product, a single dictionary word, sequences, keyboard rows and repeats, and any of these with
 * digits or symbols around it or letters swapped for look-alike digits: {@code password1234}, {@code Password123!},
 * {@code P@ssw0rd2024} and {@code 123456789012} are refused alike. A passphrase of several words passes even when each
 * word is common, since it is only refused when two or fewer such pieces make it up.
 *
 * <p>The lists ship in the application ({@code resources/security/}, from zxcvbn 4.4.2, MIT licence): checking
 * needs no network, as a server inside a plant's network has none.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 200;

    private static final Set<String> COMMON = load("/security/common-passwords.txt");
    private static final Set<String> WORDS = load("/security/english-words.txt");
    /** Words of this product and its domain an attacker adds to a generic list (800-63B "context-specific words"). */
    private static final Set<String> CONTEXT =
            Set.of("zonewarden", "zonewarden1", "warden", "iec62443", "isa62443", "62443", "scada", "ics");

    /** Sequences and keyboard rows (US, German and French layouts, rows and columns), digits wrapping past 9. */
    private static final List<String> WALKS = List.of(
            "0123456789".repeat(3),
            "abcdefghijklmnopqrstuvwxyz",
            "`1234567890-=",
            "~!@#$%^&*()_+",
            "qwertyuiop[]\\",
            "asdfghjkl;'",
            "zxcvbnm,./",
            "qwertzuiopü",
            "yxcvbnm",
            "azertyuiop",
            "qsdfghjklm",
            "wxcvbn",
            "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik,9ol.0p;/",
            "qazwsxedcrfvtgbyhnujmikolp",
            "1q2w3e4r5t6y7u8i9o0p",
            "q1w2e3r4t5y6u7i8o9p0",
            "zaq1xsw2cde3vfr4bgt5nhy6mju7,ki8.lo9/;p0");

    private static final int SHORTEST_WALK = 3;

    private PasswordPolicy() {}

    /** Every reason the password is refused, empty when it is acceptable. */
    public static List<String> problems(String username, String password) {
        var problems = new ArrayList<String>();
        if (password.length() < MIN_LENGTH) {
            problems.add("password: at least " + MIN_LENGTH + " characters (a passphrase is easiest), got "
                    + password.length());
        }
        if (password.length() > MAX_LENGTH) problems.add("password: at most " + MAX_LENGTH + " characters");
        if (password.isEmpty()) return problems;
        var lower = password.toLowerCase(Locale.ROOT);
        if (!username.isBlank() && lower.contains(username.strip().toLowerCase(Locale.ROOT))) {
            problems.add("password: must not contain the username");
        }
        if (password.chars().distinct().count() < 5) {
            problems.add("password: uses fewer than 5 different characters");
        }
        if (password.length() > MAX_LENGTH) return problems;
        var variants = variants(password);
        if (variants.stream().anyMatch(v -> COMMON.contains(v) || CONTEXT.contains(v))) {
            problems.add("password: a common password (one of the 30,000 most used, or the product's name), perhaps"
                    + " with digits or symbols around it or look-alike characters: choose a passphrase of four or"
                    + " more unrelated words");
        } else if (variants.stream().anyMatch(WORDS::contains)) {
            problems.add("password: a single dictionary word, perhaps with digits or symbols around it: choose a"
                    + " passphrase of four or more unrelated words");
        } else if (variants.stream().anyMatch(v -> !v.isEmpty() && pieces(v) <= 2)) {
            problems.add("password: made of sequences, keyboard rows, repeats or common passwords (such as"
                    + " '123456789012', 'qwertyasdfgh' or 'abcabcabcabc'): choose a passphrase of four or more"
                    + " unrelated words");
        }
        return problems;
    }

    /**
     * The forms an attacker's rules derive the password from: lower case without separators, with the digits and
     * symbols at either end taken off, each also with look-alike digits and symbols read as the letters they stand
     * for ({@code p@ssw0rd} as {@code password}).
     */
    static Set<String> variants(String password) {
        var plain = password.toLowerCase(Locale.ROOT).replaceAll("[\\s._-]+", "");
        var variants = new LinkedHashSet<String>();
        for (var form : List.of(plain, core(plain))) {
            variants.add(form);
            for (var read : List.of(unleet(form, 'i'), unleet(form, 'l'))) {
                variants.add(read);
                variants.add(core(read));
            }
        }
        variants.remove("");
        if (variants.isEmpty()) variants.add(plain);
        return variants;
    }

    /** The text between the leading and the trailing run of characters that are not letters. */
    private static String core(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && !Character.isLetter(s.charAt(start))) start++;
        while (end > start && !Character.isLetter(s.charAt(end - 1))) end--;
        return s.substring(start, end);
    }

    /** Look-alike digits and symbols read as the letters they stand for, {@code one} for a 1. */
    private static String unleet(String s, char one) {
        var out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(
                    switch (c) {
                        case '0' -> 'o';
                        case '1', '!', '|' -> one;
                        case '3' -> 'e';
                        case '4', '@' -> 'a';
                        case '5', '$' -> 's';
                        case '7', '+' -> 't';
                        case '8' -> 'b';
                        default -> c;
                    });
        }
        return out.toString();
    }

    /**
     * The fewest pieces that make up {@code s}, each a common password, a product word, a sequence or keyboard walk of
     * at least {@value #SHORTEST_WALK} characters, or a repeat of some shorter text; a large number when some part is
     * none of these.
     */
    static int pieces(String s) {
        int n = s.length();
        var fewest = new int[n + 1];
        java.util.Arrays.fill(fewest, Integer.MAX_VALUE / 2);
        fewest[0] = 0;
        for (int end = 1; end <= n; end++) {
            for (int start = 0; start < end; start++) {
                if (fewest[start] + 1 < fewest[end] && piece(s.substring(start, end))) {
                    fewest[end] = fewest[start] + 1;
                }
            }
        }
        return fewest[n];
    }

    private static boolean piece(String t) {
        return COMMON.contains(t) || CONTEXT.contains(t) || walk(t) || repeat(t);
    }

    private static boolean walk(String t) {
        if (t.length() < SHORTEST_WALK) return false;
        var reversed = new StringBuilder(t).reverse().toString();
        for (var walk : WALKS) {
            if (walk.contains(t) || walk.contains(reversed)) return true;
        }
        return false;
    }

    /** {@code t} is some shorter text written at least twice ({@code aaaa}, {@code abcabc}). */
    private static boolean repeat(String t) {
        int n = t.length();
        for (int unit = 1; unit <= n / 2; unit++) {
            if (n % unit != 0) continue;
            boolean repeats = true;
            for (int i = unit; i < n && repeats; i++) repeats = t.charAt(i) == t.charAt(i - unit);
            if (repeats) return true;
        }
        return false;
    }

    private static Set<String> load(String resource) {
        var set = new HashSet<String>();
        try (var in = Objects.requireNonNull(
                        PasswordPolicy.class.getResourceAsStream(resource), resource + " is missing from the build");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isEmpty() && !line.startsWith("#")) set.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return Set.copyOf(set);
    }
}
