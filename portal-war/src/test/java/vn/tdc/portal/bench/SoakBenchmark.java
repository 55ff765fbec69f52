package vn.tdc.portal.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Soak test of a running portal (not a unit test): {@code clients} concurrent users for {@code minutes} ask the
 * assistant (new conversations and follow-ups), search, file reports ({@code POST /api/reports}) and read pages
 * (article pages, the news list, the document library and a document, the home page), while the resident set size
 * of the Payara Micro JVM serving {@code port} is sampled from {@code /proc/<pid>/status} every 30 s. Prints RSS over
 * time, requests by kind and status, and the errors (anything but 2xx and 429, and failed connections); exits 1 when
 * there was an error. Arguments: base URL, minutes (10), clients (8), question file (JSON lines with "question"),
 * port. Run by {@code bench/soak.sh}.
 */
public final class SoakBenchmark {

    private static final Duration SAMPLE_EVERY = Duration.ofSeconds(30);
    private static final Duration WARM_UP = Duration.ofSeconds(60);
    private static final Pattern QUESTION = Pattern.compile("\"question\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern CONVERSATION = Pattern.compile("\"conversationId\"\\s*:\\s*\"([^\"]+)\"");
    private static final List<String> PAGES = List.of("/", "/tin-tuc", "/van-ban", "/van-ban/ke-hoach-ubnd-xa-dong-cuu",
            "/tin-tuc/kiem-tra-can-bang-can-doi-chung-tai-cho", "/tin-tuc/cot-bom-xang-dau-va-cach-kiem-tra-bom-thieu",
            "/tin-tuc/cach-nhan-biet-hang-gia-va-doc-nhan-hang-hoa", "/tin-tuc/ma-qr-truy-xuat-nguon-goc-cho-biet-gi");

    private final URI base;
    private final List<String> questions;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final LongAdder requests = new LongAdder();
    private final LongAdder errors = new LongAdder();

    private SoakBenchmark(URI base, List<String> questions) {
        this.base = base;
        this.questions = questions;
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0].endsWith("/") ? args[0] : args[0] + "/");
        int minutes = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        List<String> questions = questions(Path.of(args[3]));
        int port = args.length > 4 ? Integer.parseInt(args[4]) : base.getPort();
        new SoakBenchmark(base, questions).run(Duration.ofMinutes(minutes), clients, port);
    }

    private void run(Duration length, int clients, int port) throws InterruptedException {
        System.out.printf("soak: %d clients for %d min against %s (chat 35 %%, search 25 %%, reports 10 %%, pages 30 %%)%n",
                clients, length.toMinutes(), base);
        long start = System.nanoTime();
        long end = start + length.toNanos();
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread thread = new Thread(() -> {
                String conversation = null;
                for (int n = 0; System.nanoTime() < end; n++) {
                    conversation = step(client, n, conversation);
                }
                done.countDown();
            }, "soak-" + c);
            thread.setDaemon(true);
            thread.start();
        }
        List<long[]> samples = new ArrayList<>();
        System.out.println("   time  RSS (MB)  requests  req/s  errors");
        long lastRequests = 0;
        long lastAt = start;
        while (!done.await(SAMPLE_EVERY.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            long now = System.nanoTime();
            long total = requests.sum();
            long rss = rssKilobytes(port).orElse(-1L);
            long seconds = (now - start) / 1_000_000_000L;
            samples.add(new long[] {seconds, rss});
            System.out.printf("%5d s  %8s  %8d  %5.0f  %6d%n", seconds, rss < 0 ? "?" : String.valueOf(rss / 1024), total,
                    (total - lastRequests) / ((now - lastAt) / 1e9), errors.sum());
            lastRequests = total;
            lastAt = now;
        }
        report(samples, (System.nanoTime() - start) / 1e9);
        System.exit(errors.sum() == 0 ? 0 : 1);
    }

    /** One request of a random kind; returns the conversation to follow up next time (or null). */
    private String step(int client, int n, String conversation) {
        int dice = ThreadLocalRandom.current().nextInt(100);
        if (dice < 35) {
            String question = questions.get(ThreadLocalRandom.current().nextInt(questions.size()));
            boolean followUp = conversation != null && ThreadLocalRandom.current().nextInt(3) == 0;
            String body = "{\"question\":\"" + question + "\""
                    + (followUp ? ",\"conversationId\":\"" + conversation + "\"" : "") + "}";
            Optional<HttpResponse<String>> answer = send("chat", post("api/chat", body));
            return answer.filter(r -> r.statusCode() == 200)
                    .map(r -> CONVERSATION.matcher(r.body()))
                    .filter(Matcher::find)
                    .map(m -> m.group(1))
                    .orElse(null);
        }
        if (dice < 60) {
            String question = questions.get(ThreadLocalRandom.current().nextInt(questions.size()));
            String query = String.join(" ", List.of(question.split("\\s+")).subList(0, Math.min(4, question.split("\\s+").length)));
            send("search", HttpRequest.newBuilder(base.resolve("api/search?size=10&q="
                    + URLEncoder.encode(query, StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(30)).GET().build());
        } else if (dice < 70) {
            send("report", post("api/reports", """
                    {"kind":"can-thieu","placeName":"Sạp %d-%d chợ Đông Cứu","address":"Chợ Đông Cứu",
                     "description":"Mua 2 kg thịt, cân lại ở cân đối chứng chỉ được 1,8 kg.",
                     "attributes":{"khoi-luong-ghi":"2","khoi-luong-can-lai":"1,8"},"anonymous":true}"""
                    .formatted(client, n)));
        } else {
            String page = PAGES.get(ThreadLocalRandom.current().nextInt(PAGES.size()));
            send("page", HttpRequest.newBuilder(base.resolve(page.substring(1))).timeout(Duration.ofSeconds(30))
                    .header("Accept-Encoding", "identity").GET().build());
        }
        return conversation;
    }

    private HttpRequest post(String path, String json) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
    }

    private Optional<HttpResponse<String>> send(String kind, HttpRequest request) {
        requests.increment();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            int status = response.statusCode();
            counts.computeIfAbsent(kind + " " + status, k -> new LongAdder()).increment();
            if ((status < 200 || status >= 300) && status != 429) {
                errors.increment();
            }
            return Optional.of(response);
        } catch (IOException e) {
            counts.computeIfAbsent(kind + " " + e.getClass().getSimpleName(), k -> new LongAdder()).increment();
            errors.increment();
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private void report(List<long[]> samples, double seconds) {
        System.out.printf("%nrequests: %d in %.0f s (%.0f/s), errors (not 2xx, not 429): %d%n", requests.sum(), seconds,
                requests.sum() / seconds, errors.sum());
        new TreeMap<>(counts).forEach((key, count) -> System.out.printf("  %-24s %8d%n", key, count.sum()));
        List<long[]> warm = samples.stream().filter(s -> s[0] >= WARM_UP.toSeconds() && s[1] > 0).toList();
        if (warm.size() >= 2) {
            long first = warm.get(0)[1] / 1024;
            long last = warm.get(warm.size() - 1)[1] / 1024;
            long min = warm.stream().mapToLong(s -> s[1]).min().orElseThrow() / 1024;
            long max = warm.stream().mapToLong(s -> s[1]).max().orElseThrow() / 1024;
            System.out.printf("RSS after the %d s warm-up: first %d MB, min %d MB, max %d MB, last %d MB (last − first: %+d MB)%n",
                    WARM_UP.toSeconds(), first, min, max, last, last - first);
        }
    }

    /** VmRSS of the Payara Micro JVM listening on the port, in kilobytes. */
    private static Optional<Long> rssKilobytes(int port) {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("payara-micro") && c.contains("--port " + port)).orElse(false))
                .findFirst()
                .flatMap(p -> {
                    try {
                        return Files.readAllLines(Path.of("/proc", String.valueOf(p.pid()), "status")).stream()
                                .filter(line -> line.startsWith("VmRSS:"))
                                .map(line -> Long.parseLong(line.replaceAll("\\D", "")))
                                .findFirst();
                    } catch (IOException e) {
                        return Optional.empty();
                    }
                });
    }

    private static List<String> questions(Path file) throws IOException {
        List<String> questions = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            Matcher m = QUESTION.matcher(line);
            if (m.find()) {
                questions.add(m.group(1));
            }
        }
        if (questions.isEmpty()) {
            throw new IllegalArgumentException("no question in " + file);
        }
        return questions;
    }
}
