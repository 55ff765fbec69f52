package vn.tdc.portal.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An OpenAI-compatible chat model for the tests, the one edge the tests cannot run for real: it answers
 * {@code POST /v1/chat/completions} by quoting the first line of the text of passage {@code [1]} of the message it
 * got, marked {@code [1]}, and adds a statement marked {@code [9]}, a passage that was never sent, which the portal
 * must drop. Every request body is kept for the tests to look at what the portal sent.
 */
final class FakeChatModelServer {

    static final String MODEL = "mo-hinh-thu";
    static final String API_KEY = "khoa-thu-nghiem";
    /** The made-up statement the reply marks with a passage number that was never sent. */
    static final String INVENTED = "Mọi cửa hàng được miễn kiểm tra";

    private static final Pattern FIRST_PASSAGE = Pattern.compile("\\[1\\] [^\\n]*\\n([^\\n]+)");
    private static FakeChatModelServer running;

    private final HttpServer server;
    private final List<JsonObject> requests = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();

    private FakeChatModelServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/chat/completions", this::complete);
        server.start();
    }

    /** The server of this test run, started on first use. */
    static synchronized FakeChatModelServer start() {
        if (running == null) {
            try {
                running = new FakeChatModelServer();
            } catch (IOException e) {
                throw new IllegalStateException("The fake chat model could not start", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> running.server.stop(0), "fake-model-stop"));
        }
        return running;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    List<JsonObject> requests() {
        return List.copyOf(requests);
    }

    List<String> authorizations() {
        return List.copyOf(authorizations);
    }

    private void complete(HttpExchange exchange) throws IOException {
        try (exchange; InputStream body = exchange.getRequestBody()) {
            String json = new String(body.readAllBytes(), StandardCharsets.UTF_8);
            JsonObject request;
            try (JsonReader reader = Json.createReader(new StringReader(json))) {
                request = reader.readObject();
            }
            requests.add(request);
            authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            String user = request.getJsonArray("messages").getValuesAs(JsonObject.class).stream()
                    .filter(message -> "user".equals(message.getString("role")))
                    .reduce((first, second) -> second).map(message -> message.getString("content")).orElse("");
            Matcher passage = FIRST_PASSAGE.matcher(user);
            String answer = passage.find()
                    ? passage.group(1).strip() + " [1]. " + INVENTED + " [9]."
                    : "Tài liệu hiện có không đề cập đến nội dung này.";
            byte[] reply = Json.createObjectBuilder()
                    .add("id", "chatcmpl-thu")
                    .add("object", "chat.completion")
                    .add("created", 1_796_000_000L)
                    .add("model", MODEL)
                    .add("choices", Json.createArrayBuilder().add(Json.createObjectBuilder()
                            .add("index", 0)
                            .add("message", Json.createObjectBuilder().add("role", "assistant").add("content", answer))
                            .add("finish_reason", "stop")))
                    .add("usage", Json.createObjectBuilder().add("prompt_tokens", 100).add("completion_tokens", 20)
                            .add("total_tokens", 120))
                    .build().toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, reply.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply);
            }
        }
    }
}
