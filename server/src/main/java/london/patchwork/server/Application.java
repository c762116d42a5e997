package london.patchwork.server;

import io.micronaut.context.env.Environment;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.runtime.Micronaut;
import london.patchwork.server.actors.FirstStartKeys;
import london.patchwork.server.database.DatabaseInUseException;
import london.patchwork.server.database.EarlyDatabase;
import london.patchwork.server.imports.ImportCommand;
import london.patchwork.server.livinglab.LivingLabCommand;
import picocli.CommandLine;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Runs a hub: {@code java -jar patchwork-server.jar} (or {@code ... serve}). Other first arguments name a command
 * that talks to a running hub instead, listed in {@link #COMMANDS}: a new one is one more entry there.
 */
public final class Application extends Micronaut {

    private static final String HIKARI_HOUSEKEEPING = "com.zaxxer.hikari.housekeeping.periodMs";

    /** Commands besides serving, by their first argument; each is a picocli command run with the rest. */
    private static final Map<String, Supplier<Object>> COMMANDS = Map.of("import", ImportCommand::new,
            "livinglab", LivingLabCommand::new);

    private Application() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && COMMANDS.containsKey(args[0])) {
            System.exit(new CommandLine(COMMANDS.get(args[0]).get())
                    .execute(Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && "serve".equals(args[0])) {
            args = Arrays.copyOfRange(args, 1, args.length);
        }
        if (Boolean.getBoolean("patchwork.aot-training")) {
            AotTraining.run(args);
            System.exit(0);
        }
        if (EarlyDatabase.begin(System.getenv()) == EarlyDatabase.Start.NEW) {
            FirstStartKeys.prepare(2);
        }
        // Hikari looks for idle connections to close every 30 s; sooner, an idle hub is down to one PostgreSQL
        // backend within its idle timeout of start-up or a burst. Read once, when the pool class loads.
        if (System.getProperty(HIKARI_HOUSEKEEPING) == null) {
            System.setProperty(HIKARI_HOUSEKEEPING, "5000");
        }
        new Application().mainClass(Application.class).args(args).banner(false).start();
    }

    /** Start-up problems an organiser can fix get one clear line, not a stack trace. */
    @Override
    protected void handleStartupException(Environment environment, Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof DatabaseInUseException
                    || cause instanceof ConfigurationException && cause.getCause() == null) {
                System.err.println("Patchwork did not start: " + cause.getMessage());
                System.exit(2);
            }
        }
        super.handleStartupException(environment, exception);
    }
}
