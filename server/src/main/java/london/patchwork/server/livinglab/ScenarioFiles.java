package london.patchwork.server.livinglab;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads scenarios: YAML files, JSON files (by the {@code .json} extension) and the built-in
 * {@code livinglab/london.yaml}. Every problem with a file is an {@link IllegalArgumentException} whose message
 * names the file and the field, fit to show a person on the command line.
 */
public final class ScenarioFiles {

    private static final String BUILT_IN = "livinglab/london.yaml";

    private ScenarioFiles() {
    }

    /** The scenario in {@code file}: JSON when its name ends in {@code .json}, YAML otherwise. */
    public static Scenario read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        boolean json = name.toLowerCase(Locale.ROOT).endsWith(".json");
        return parse(name, text, json);
    }

    /** The built-in scenario: a fortnight in London. */
    public static Scenario builtIn() {
        try (InputStream in = ScenarioFiles.class.getClassLoader().getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException(BUILT_IN + " is missing from the classpath");
            }
            return parse("london.yaml", new String(in.readAllBytes(), StandardCharsets.UTF_8), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The scenario in {@code text}; {@code source} names it in messages. */
    public static Scenario parse(String source, String text, boolean json) {
        Object tree = json ? json(source, text) : yaml(source, text);
        return ScenarioReader.scenario(new ScenarioFields(source, "", tree));
    }

    private static Object json(String source, String text) {
        try {
            return new ObjectMapper().readValue(text, Object.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(source + ": not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()));
        }
    }

    /*
     * SnakeYAML is a runtime-only dependency of the server (Micronaut reads application.yml with it), so the lab
     * reaches it by name rather than adding it to the compile classpath. Yaml() of SnakeYAML 2 refuses global tags,
     * so a scenario file cannot construct arbitrary classes.
     */
    private static Object yaml(String source, String text) {
        Object yaml;
        try {
            Class<?> type = Class.forName("org.yaml.snakeyaml.Yaml");
            yaml = type.getConstructor().newInstance();
            return type.getMethod("load", String.class).invoke(yaml, text);
        } catch (InvocationTargetException e) {
            String message = String.valueOf(e.getCause().getMessage()).strip().replaceAll("\\s*\\n\\s*", " ");
            throw new IllegalArgumentException(source + ": not valid YAML: " + message);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("SnakeYAML is not on the classpath", e);
        }
    }
}
