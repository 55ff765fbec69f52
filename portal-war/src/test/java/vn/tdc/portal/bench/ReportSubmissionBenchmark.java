package vn.tdc.portal.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load benchmark of filing reports ({@code POST /api/reports}) on a running portal (not a test): {@code clients}
 * concurrent residents submit for {@code seconds}; prints accepted/s and p50/p95/p99 latency of acknowledged
 * submissions, then checks in the database that exactly the acknowledged reports were stored (none lost, none
 * extra). Arguments: base URL, JDBC URL, DB user, DB password, clients (32), seconds (30). Run by
 * {@code bench/reports.sh}, which starts the portal with the submission rate limit off.
 */
public final class ReportSubmissionBenchmark {

    private static final Pattern CODE = Pattern.compile("\"trackingCode\"\\s*:\\s*\"([A-Z0-9-]+)\"");

    private ReportSubmissionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        URI reports = URI.create(args[0]).resolve("/api/reports");
        String jdbc = args[1];
        String user = args[2];
        String password = args.length > 3 ? args[3] : "";
        int clients = args.length > 4 ? Integer.parseInt(args[4]) : 32;
        int seconds = args.length > 5 ? Integer.parseInt(args[5]) : 30;
        String run = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        System.out.printf("POST %s: %d clients for %d s (run %s)%n", reports, clients, seconds, run);
        warmUp(http, reports, run);
        long before = countRun(jdbc, user, password, run);

        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        CountDownLatch done = new CountDownLatch(clients);
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int client = c;
            new Thread(() -> {
                int n = 0;
                while (System.nanoTime() < end) {
                    String body = body(run, client, n++);
                    HttpRequest request = HttpRequest.newBuilder(reports).timeout(Duration.ofSeconds(30))
                            .header("Content-Type", "application/json")
                            .header("Idempotency-Key", run + "-" + client + "-" + n)
                            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        long elapsed = System.nanoTime() - t0;
                        Matcher code = CODE.matcher(response.body());
                        if (response.statusCode() == 201 && code.find()) {
                            acknowledged.add(code.group(1));
                            latencies.add(elapsed);
                        } else {
                            refused.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                }
                done.countDown();
            }, "resident-" + client).start();
        }
        done.await();
        double wall = (System.nanoTime() - started) / 1e9;

        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("acknowledged %d in %.1f s = %.0f accepted/s; refused %d, failed %d%n",
                acknowledged.size(), wall, acknowledged.size() / wall, refused.get(), failed.get());
        System.out.printf("latency ms p50 %.1f  p95 %.1f  p99 %.1f  max %.1f%n", percentile(sorted, 50),
                percentile(sorted, 95), percentile(sorted, 99), sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6);

        Set<String> stored = storedCodes(jdbc, user, password, run);
        long storedDuringRun = countRun(jdbc, user, password, run) - before;
        Set<String> lost = new HashSet<>(acknowledged);
        lost.removeAll(stored);
        System.out.printf("database: %d reports of the run stored during the measurement, %d acknowledged, %d lost, %d extra%n",
                storedDuringRun, acknowledged.size(), lost.size(), storedDuringRun - (acknowledged.size() - lost.size()));
        if (!lost.isEmpty() || storedDuringRun != acknowledged.size()) {
            System.out.println("FAILED: the database does not hold exactly the acknowledged reports");
            System.exit(1);
        }
        System.out.println("OK: the database holds exactly the acknowledged reports");
    }

    private static void warmUp(HttpClient http, URI reports, String run) throws Exception {
        for (int i = 0; i < 200; i++) {
            http.send(HttpRequest.newBuilder(reports).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body(run + "-warm", 0, i), StandardCharsets.UTF_8))
                    .build(), HttpResponse.BodyHandlers.discarding());
        }
    }

    private static String body(String run, int client, int n) {
        return """
                {"kind":"can-thieu","placeName":"%s sạp %d-%d","address":"Chợ Đông Cứu",
                 "description":"Mua 2 kg thịt, cân lại ở cân đối chứng chỉ được 1,8 kg.",
                 "attributes":{"khoi-luong-ghi":"2","khoi-luong-can-lai":"1,8"},"anonymous":true}"""
                .formatted(run, client, n);
    }

    private static double percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    private static long countRun(String jdbc, String user, String password, String run) throws Exception {
        try (Connection db = DriverManager.getConnection(jdbc, user, password);
             PreparedStatement statement = db.prepareStatement(
                     "SELECT COUNT(*) FROM report WHERE place_name LIKE ? AND place_name NOT LIKE ?")) {
            statement.setString(1, run + " %");
            statement.setString(2, run + "-warm%");
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static Set<String> storedCodes(String jdbc, String user, String password, String run) throws Exception {
        Set<String> codes = new HashSet<>();
        try (Connection db = DriverManager.getConnection(jdbc, user, password);
             PreparedStatement statement = db.prepareStatement("SELECT tracking_code FROM report WHERE place_name LIKE ?")) {
            statement.setString(1, run + " %");
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    codes.add(rows.getString(1));
                }
            }
        }
        return codes;
    }
}
