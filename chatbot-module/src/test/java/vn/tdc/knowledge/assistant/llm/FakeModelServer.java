package vn.tdc.knowledge.assistant.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A local stand-in for a language model server on 127.0.0.1 (random port): answers OpenAI's
 * {@code POST /v1/chat/completions} and Ollama's {@code POST /api/chat} with a reply computed from the
 * request, and records every request.
 */
final class FakeModelServer implements AutoCloseable {

    /** One request as received. */
    record Received(String path, String authorization, JsonNode body) {

        String role(int i) {
            return body.path("messages").get(i).path("role").asText();
        }

        String content(int i) {
            return body.path("messages").get(i).path("content").asText();
        }

        int messageCount() {
            return body.path("messages").size();
        }

        String systemPrompt() {
            return content(0);
        }

        /** The last message: the resident's question with the passages. */
        String lastUserMessage() {
            return content(messageCount() - 1);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Received> requests = new CopyOnWriteArrayList<>();
    private volatile Function<Received, String> replies = r -> "Tài liệu hiện có không đề cập đến nội dung này.";
    private volatile int status = 200;
    private volatile Duration delay = Duration.ZERO;
    private volatile String rawBody;

    FakeModelServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/v1/chat/completions", exchange -> handle(exchange, false));
        server.createContext("/api/chat", exchange -> handle(exchange, true));
        server.setExecutor(executor);
        server.start();
    }

    /** {@code http://127.0.0.1:<port>/v1}: the base URL of an OpenAI-compatible server. */
    String openAiBaseUrl() {
        return root() + "/v1";
    }

    /** {@code http://127.0.0.1:<port>}: the base URL of an Ollama server. */
    String root() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    FakeModelServer replyingWith(Function<Received, String> reply) {
        this.replies = reply;
        return this;
    }

    FakeModelServer replyingWith(String reply) {
        return replyingWith(r -> reply);
    }

    FakeModelServer failingWith(int httpStatus) {
        this.status = httpStatus;
        return this;
    }

    /** Answers 200 with this body instead of a completion. */
    FakeModelServer answeringRaw(String body) {
        this.rawBody = body;
        return this;
    }

    FakeModelServer delayingBy(Duration d) {
        this.delay = d;
        return this;
    }

    List<Received> requests() {
        return List.copyOf(requests);
    }

    Received lastRequest() {
        if (requests.isEmpty()) {
            throw new AssertionError("the model was not called");
        }
        return requests.get(requests.size() - 1);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange, boolean ollama) throws IOException {
        try (exchange) {
            JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
            Received received = new Received(exchange.getRequestURI().getPath(), exchange.getRequestHeaders().getFirst("Authorization"), body);
            requests.add(received);
            if (!delay.isZero() && !sleep(delay)) {
                return;
            }
            if (rawBody != null) {
                send(exchange, 200, rawBody);
                return;
            }
            if (status != 200) {
                send(exchange, status, "{\"error\":{\"message\":\"canned failure\",\"type\":\"server_error\"}}");
                return;
            }
            String reply = replies.apply(received);
            send(exchange, 200, JSON.writeValueAsString(ollama ? ollamaReply(reply) : openAiReply(reply)));
        }
    }

    private static ObjectNode openAiReply(String reply) {
        ObjectNode root = JSON.createObjectNode()
                .put("id", "chatcmpl-test")
                .put("object", "chat.completion")
                .put("created", 1_700_000_000L)
                .put("model", "test-model");
        ObjectNode choice = root.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", reply);
        root.putObject("usage").put("prompt_tokens", 10).put("completion_tokens", 5).put("total_tokens", 15);
        return root;
    }

    private static ObjectNode ollamaReply(String reply) {
        ObjectNode root = JSON.createObjectNode()
                .put("model", "test-model")
                .put("created_at", "2025-01-01T00:00:00Z")
                .put("done", true)
                .put("done_reason", "stop")
                .put("prompt_eval_count", 10)
                .put("eval_count", 5);
        root.putObject("message").put("role", "assistant").put("content", reply);
        return root;
    }

    private static void send(HttpExchange exchange, int code, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(code, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    /** False when interrupted (the server is closing). */
    private static boolean sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
