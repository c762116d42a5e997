package london.patchwork.server.members.bench;

import london.patchwork.server.testing.AppAuthorisations;
import london.patchwork.server.testing.HttpProbe;
import london.patchwork.server.testing.RunningHub;
import london.patchwork.server.testing.TestHubs;
import london.patchwork.server.testing.TestMembers;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Figures for planning, not a test: how many sign-ins (each an Argon2id check) and how many authenticated API calls
 * (a session cookie, or an app's bearer token, each looked up by hash in PostgreSQL) one hub answers per second.
 * The load comes from this process, on the same cores as the hub, as the other benchmarks' does.
 *
 * <p>Arguments (optional): seconds per measurement (10), client threads (4).
 */
public final class SignInBenchmark {

    private SignInBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        try (RunningHub hub = RunningHub.start(TestHubs.HACKNEY)) {
            TestMembers.SignedIn ada = TestMembers.ADA.join(hub.baseUrl());
            HttpProbe http = hub.http();
            AppAuthorisations.App app = AppAuthorisations.register(http, "Bench", AppAuthorisations.OOB, "read");
            String code = AppAuthorisations.authorise(ada, AppAuthorisations.authorizePath(app, AppAuthorisations.OOB,
                    "read", null, null));
            String token = AppAuthorisations.exchange(http, app, code, AppAuthorisations.OOB, null);

            System.out.printf("SignInBenchmark: %d s per measurement, %d client threads, JDK %s%n", seconds, threads,
                    Runtime.version());
            // Warm-up of every path, not reported.
            measure("warm-up", 3, threads, () -> signIn(http));
            measure("warm-up", 3, threads, () -> verify(http, "Cookie", ada.sessionCookie()));
            measure("warm-up", 3, threads, () -> verify(http, "Authorization", "Bearer " + token));

            report("sign-in (POST /sign-in, Argon2id m=19456 KiB t=2 p=1)", measure("sign-in", seconds, threads,
                    () -> signIn(http)));
            report("session check (GET verify_credentials, cookie)", measure("session", seconds, threads,
                    () -> verify(http, "Cookie", ada.sessionCookie())));
            report("token check (GET verify_credentials, bearer)", measure("token", seconds, threads,
                    () -> verify(http, "Authorization", "Bearer " + token)));
        }
    }

    private static boolean signIn(HttpProbe http) {
        // The form token is any value matched by its cookie: no page fetch needed per sign-in.
        String form = "patchwork-bench-form-token-0123456789abcd";
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(http.uri("/sign-in"))
                .POST(HttpRequest.BodyPublishers.ofString("identifier=ada&password="
                        + TestMembers.ADA.password() + "&_form=" + form))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "patchwork_form=" + form));
        return answer.statusCode() == 303;
    }

    private static boolean verify(HttpProbe http, String header, String value) {
        return http.send(HttpRequest.newBuilder(http.uri("/api/v1/accounts/verify_credentials")).GET()
                .header("Accept", "application/json").header(header, value)).statusCode() == 200;
    }

    private record Result(long ok, long failed, double seconds, List<Long> latenciesNanos) {
    }

    private static Result measure(String name, int seconds, int threads, Supplier<Boolean> call)
            throws InterruptedException {
        AtomicBoolean running = new AtomicBoolean(true);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        long[] ok = new long[threads];
        long[] failed = new long[threads];
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            int index = i;
            workers.add(Thread.ofPlatform().name(name + "-" + i).start(() -> {
                while (running.get()) {
                    long start = System.nanoTime();
                    boolean success = call.get();
                    latencies.add(System.nanoTime() - start);
                    if (success) {
                        ok[index]++;
                    } else {
                        failed[index]++;
                    }
                }
            }));
        }
        long started = System.nanoTime();
        Thread.sleep(Duration.ofSeconds(seconds));
        running.set(false);
        for (Thread worker : workers) {
            worker.join();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        long okTotal = 0;
        long failedTotal = 0;
        for (int i = 0; i < threads; i++) {
            okTotal += ok[i];
            failedTotal += failed[i];
        }
        return new Result(okTotal, failedTotal, elapsed, new ArrayList<>(latencies));
    }

    private static void report(String what, Result result) {
        List<Long> sorted = new ArrayList<>(result.latenciesNanos());
        Collections.sort(sorted);
        System.out.printf("%-55s %8.1f /s   p50 %6.1f ms   p95 %6.1f ms   failed %d%n", what,
                result.ok() / result.seconds(), percentile(sorted, 0.50), percentile(sorted, 0.95), result.failed());
    }

    private static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)) / 1e6;
    }

}
