package vn.tdc.portal.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load benchmark of one page of a running portal (not a test): {@code clients} concurrent readers GET the URL for
 * {@code seconds} (after a warm-up); prints requests/s and p50/p95/p99 latency of 200 answers. Arguments: URL,
 * clients (16), seconds (20), then optionally who asks — {@code Cookie: JSESSIONID=…} (a signed-in session),
 * {@code user:password} (HTTP Basic on every call) or {@code -} (anonymous) — and the number of warm-up requests (500). Run by {@code bench/articles.sh} and {@code bench/wards.sh}.
 */
public final class PageBenchmark {

    private PageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        URI page = URI.create(args[0]);
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        String credentials = args.length > 3 && !args[3].equals("-") ? args[3] : null;
        int warmUp = args.length > 4 ? Integer.parseInt(args[4]) : 500;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest.Builder builder = HttpRequest.newBuilder(page).timeout(Duration.ofSeconds(30))
                .header("Accept-Encoding", "identity");
        if (credentials != null && credentials.startsWith("Cookie:")) {
            builder.header("Cookie", credentials.substring("Cookie:".length()).strip());
        } else if (credentials != null) {
            builder.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        HttpRequest request = builder.GET().build();
        for (int i = 0; i < warmUp; i++) {
            http.send(request, HttpResponse.BodyHandlers.discarding());
        }

        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger bytes = new AtomicInteger();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        CountDownLatch done = new CountDownLatch(clients);
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            new Thread(() -> {
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (response.statusCode() == 200) {
                            latencies.add(System.nanoTime() - t0);
                            bytes.set(response.body().length);
                        } else {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                }
                done.countDown();
            }, "reader-" + c).start();
        }
        done.await();
        double wall = (System.nanoTime() - started) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("GET %s (%d bytes): %d clients for %.1f s%n", page, bytes.get(), clients, wall);
        System.out.printf("%d answers = %.0f requests/s; errors %d%n", sorted.size(), sorted.size() / wall, errors.get());
        System.out.printf("latency ms p50 %.1f  p95 %.1f  p99 %.1f%n", percentile(sorted, 50), percentile(sorted, 95),
                percentile(sorted, 99));
    }

    private static double percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
    }
}
