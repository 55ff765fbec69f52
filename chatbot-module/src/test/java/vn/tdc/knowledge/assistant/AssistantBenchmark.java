package vn.tdc.knowledge.assistant;

import dev.langchain4j.rag.query.Query;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import vn.tdc.knowledge.assistant.application.AssistantService;
import vn.tdc.knowledge.assistant.domain.WardContext;
import vn.tdc.knowledge.document.domain.LegalDocument;
import vn.tdc.knowledge.search.infrastructure.DocumentIndex;
import vn.tdc.knowledge.search.infrastructure.DocumentIndexContentRetriever;
import vn.tdc.knowledge.testing.ContentDocuments;
import vn.tdc.knowledge.testing.QaCase;

/**
 * Latency benchmark (not a test): index build time, then p50/p95/p99 of {@link AssistantService#answer}
 * (without a ward, and on xã Đông Cứu's pages) and of raw {@link DocumentIndexContentRetriever#retrieve} calls at concurrency 1 and 16, over the QA
 * questions (sample, own, and the residents' questions of dev2 and blind2: abbreviations, reports, lists). Run from the module directory, e.g.
 * {@code mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt} then
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) vn.tdc.knowledge.assistant.AssistantBenchmark}.
 */
public final class AssistantBenchmark {

    private static final int WARM_UP_CALLS = 2_000;
    private static final int MEASURED_CALLS = 8_000;
    /** Questions asked on xã Đông Cứu's pages (the portal's default): the ward's, province's, national tiers first. */
    private static final WardContext ON_A_WARD = WardContext.of("xa-dong-cuu", "bac-ninh");

    private AssistantBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<LegalDocument> documents = ContentDocuments.documents();
        List<String> questions = Stream.of("/sample-qa.jsonl", "/own-qa.jsonl", "/dev2-qa.jsonl", "/blind2-qa.jsonl")
                .flatMap(set -> QaCase.load(set).stream())
                .map(QaCase::question)
                .toList();
        System.out.printf("cores=%d, documents=%d, questions=%d%n", Runtime.getRuntime().availableProcessors(), documents.size(), questions.size());

        try (DocumentIndex index = DocumentIndex.inMemory()) {
            long[] builds = new long[5];
            for (int i = 0; i < builds.length; i++) {
                long t = System.nanoTime();
                index.rebuild(documents);
                builds[i] = System.nanoTime() - t;
            }
            System.out.printf("index build: first %.1f ms, then median %.1f ms (%d chunks)%n",
                    builds[0] / 1e6, median(Arrays.copyOfRange(builds, 1, builds.length)) / 1e6, index.chunkCount());

            AssistantService assistant = new AssistantService(index);
            DocumentIndexContentRetriever retriever = new DocumentIndexContentRetriever(index, 5);
            for (int threads : new int[] {1, 16}) {
                run("answer()   ", threads, questions, q -> assistant.answer(q, null));
                run("on a ward  ", threads, questions, q -> assistant.answer(q, null, ON_A_WARD));
                run("retrieve() ", threads, questions, q -> retriever.retrieve(Query.from(q)));
            }
        }
    }

    private static void run(String name, int threads, List<String> questions, Consumer<String> call) throws Exception {
        measure(threads, WARM_UP_CALLS, questions, call);
        long start = System.nanoTime();
        long[] latencies = measure(threads, MEASURED_CALLS, questions, call);
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(latencies);
        System.out.printf("%s concurrency %2d: p50 %6.2f ms, p95 %6.2f ms, p99 %6.2f ms, max %6.2f ms, %7.0f calls/s%n",
                name, threads, pct(latencies, 50), pct(latencies, 95), pct(latencies, 99), latencies[latencies.length - 1] / 1e6,
                MEASURED_CALLS / seconds);
    }

    private static long[] measure(int threads, int calls, List<String> questions, Consumer<String> call) throws Exception {
        long[] latencies = new long[calls];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    int i;
                    while ((i = next.getAndIncrement()) < calls) {
                        long s = System.nanoTime();
                        call.accept(questions.get(i % questions.size()));
                        latencies[i] = System.nanoTime() - s;
                    }
                }));
            }
            for (Future<?> w : workers) {
                w.get();
            }
        } finally {
            pool.shutdown();
        }
        return latencies;
    }

    private static double pct(long[] sorted, int percentile) {
        int idx = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, idx))] / 1e6;
    }

    private static long median(long[] values) {
        long[] copy = values.clone();
        Arrays.sort(copy);
        return copy[copy.length / 2];
    }

}
