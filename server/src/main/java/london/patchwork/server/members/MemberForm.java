package london.patchwork.server.members;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a person types to join: checked field by field, so a page can show each problem next to its field and keep
 * what was typed.
 */
public record MemberForm(String handle, String displayName, String email, String password) {

    /** Mastodon's rule for usernames, so a handle works the same on every server that shows it. */
    private static final Pattern HANDLE = Pattern.compile("[A-Za-z0-9_]{1,30}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    static final int SHORTEST_PASSWORD = 10;
    static final int LONGEST_PASSWORD = 200;

    public MemberForm {
        handle = handle == null ? "" : handle;
        displayName = displayName == null ? "" : displayName;
        email = email == null ? "" : email;
        password = password == null ? "" : password;
    }

    public Errors validate() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!HANDLE.matcher(handle.strip()).matches()) {
            errors.put("handle", "Use 1 to 30 letters, digits or underscores.");
        }
        if (displayName.strip().length() > 100) {
            errors.put("displayName", "Keep the name under 100 characters.");
        }
        if (email.strip().length() > 254 || !EMAIL.matcher(email.strip()).matches()) {
            errors.put("email", "Enter an email address, like name@example.org.");
        }
        passwordProblem(password, handle, email).ifPresent(problem -> errors.put("password", problem));
        return new Errors(Map.copyOf(errors));
    }

    /** What is wrong with a new password for this member, if anything (the rule for joining and for changing). */
    static Optional<String> passwordProblem(String password, String handle, String email) {
        if (password.length() < SHORTEST_PASSWORD) {
            return Optional.of("Use at least " + SHORTEST_PASSWORD + " characters.");
        }
        if (password.length() > LONGEST_PASSWORD) {
            return Optional.of("Use at most " + LONGEST_PASSWORD + " characters.");
        }
        if (password.equalsIgnoreCase(handle.strip()) || password.equalsIgnoreCase(email.strip())) {
            return Optional.of("Choose a password that is not your handle or email.");
        }
        return Optional.empty();
    }

    String displayNameOrHandle() {
        return displayName.isBlank() ? handle.strip() : displayName.strip();
    }

    @Override
    public String toString() {
        return "MemberForm[handle=" + handle + "]";
    }

    /** Problems by field name. */
    public record Errors(Map<String, String> byField) {

        static Errors none() {
            return new Errors(Map.of());
        }

        static Errors single(String field, String message) {
            return new Errors(Map.of(field, message));
        }

        public boolean isEmpty() {
            return byField.isEmpty();
        }

        /** These problems and one more. */
        Errors with(String field, String message) {
            Map<String, String> more = new LinkedHashMap<>(byField);
            more.put(field, message);
            return new Errors(Map.copyOf(more));
        }

        /** The problem with one field, or "" (templates show nothing then). */
        public String of(String field) {
            return byField.getOrDefault(field, "");
        }
    }
}
