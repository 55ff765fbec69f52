package vn.tdc.portal.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load benchmark of {@code POST /api/chat} on a running portal (not a test): p50/p95/p99 at concurrency 1 and 16.
 * Arguments: base URL, a JSONL file of questions ({@code "question"} fields), calls per run. Run by
 * {@code bench/chat.sh}, which starts the portal with the rate limit off.
 */
public final class ChatApiBenchmark {

    private static final Pattern QUESTION = Pattern.compile("\"question\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    private ChatApiBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        URI chat = URI.create(args[0]).resolve("/api/chat");
        List<String> bodies = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8).stream()
                .map(QUESTION::matcher).filter(Matcher::find)
                .map(m -> "{\"question\":\"" + m.group(1) + "\"}")
                .toList();
        int calls = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
        ExecutorService clientThreads = Executors.newFixedThreadPool(4);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(clientThreads).build();
        System.out.printf("POST %s, %d distinct questions, %d calls per run%n", chat, bodies.size(), calls);
        for (int concurrency : new int[]{1, 16}) {
            run(client, chat, bodies, Math.min(calls, 300), concurrency);
            long started = System.nanoTime();
            long[] micros = run(client, chat, bodies, calls, concurrency);
            double seconds = (System.nanoTime() - started) / 1e9;
            Arrays.sort(micros);
            System.out.printf("/api/chat concurrency %2d: p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  max %6.1f ms  %6.0f req/s%n",
                    concurrency, at(micros, 0.50), at(micros, 0.95), at(micros, 0.99), micros[micros.length - 1] / 1000.0,
                    calls / seconds);
        }
        clientThreads.shutdownNow();
    }

    private static long[] run(HttpClient client, URI chat, List<String> bodies, int calls, int concurrency)
            throws Exception {
        long[] micros = new long[calls];
        AtomicInteger next = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(concurrency);
        try {
            Future<?>[] running = new Future<?>[concurrency];
            for (int w = 0; w < concurrency; w++) {
                running[w] = workers.submit(() -> {
                    for (int i = next.getAndIncrement(); i < calls; i = next.getAndIncrement()) {
                        HttpRequest request = HttpRequest.newBuilder(chat)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(bodies.get(i % bodies.size())))
                                .build();
                        long t = System.nanoTime();
                        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                        micros[i] = (System.nanoTime() - t) / 1000;
                        if (response.statusCode() != 200) {
                            throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
                        }
                    }
                    return null;
                });
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            workers.shutdown();
        }
        return micros;
    }

    private static double at(long[] sortedMicros, double quantile) {
        int index = (int) Math.ceil(quantile * sortedMicros.length) - 1;
        return sortedMicros[Math.max(0, index)] / 1000.0;
    }
}
