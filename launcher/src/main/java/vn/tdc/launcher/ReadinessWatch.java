package vn.tdc.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * Tells when the portal really serves: Payara Micro reports "ready" and an UP health status even when the WAR
 * failed to deploy, so the portal counts as up only when its own database check is UP, and as failed when Payara
 * has finished booting (its "ready in" line) and the portal's check is still missing.
 */
final class ReadinessWatch {

    enum Outcome { READY, DEPLOY_FAILED, PROCESS_ENDED, TIMED_OUT }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private final URI base;

    ReadinessWatch(int port) {
        this.base = URI.create("http://127.0.0.1:" + port + "/");
    }

    /**
     * @param booted becomes true when Payara Micro has printed that it finished booting (all deployments done); only an
     *               answer to a question asked after that can tell that the deployment failed (on a loaded machine an
     *               answer asked for during the boot may arrive after the line)
     */
    Outcome await(Process payara, java.util.function.BooleanSupplier booted, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!payara.isAlive()) {
                return Outcome.PROCESS_ENDED;
            }
            boolean bootedBeforeAsking = booted.getAsBoolean();
            Optional<HttpResponse<String>> health = get("health/ready");
            if (health.isPresent()) {
                String body = health.get().body();
                if (health.get().statusCode() == 200 && body.contains("\"database\"")) {
                    return Outcome.READY;
                }
                if (bootedBeforeAsking && !body.contains("\"database\"")) {
                    return Outcome.DEPLOY_FAILED;
                }
            }
            Thread.sleep(250);
        }
        return Outcome.TIMED_OUT;
    }

    private Optional<HttpResponse<String>> get(String path) throws InterruptedException {
        try {
            HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(5)).build();
            return Optional.of(http.send(request, HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
