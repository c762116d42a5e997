package london.patchwork.server;

import io.micronaut.context.env.Environment;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.runtime.Micronaut;
import london.patchwork.server.database.DatabaseInUseException;

/** Runs a hub: {@code java -jar patchwork-server.jar}. */
public final class Application extends Micronaut {

    private Application() {
    }

    public static void main(String[] args) throws Exception {
        if (Boolean.getBoolean("patchwork.aot-training")) {
            AotTraining.run(args);
            System.exit(0);
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
