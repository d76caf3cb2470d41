package io.databridge.odm.bench.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A running {@link EmbeddedServerMain} child JVM on loopback.
 *
 * <p>The child runs the same java binary, classpath and heap/GC flags as this JVM; its stderr is inherited and
 * any further stdout lines are copied to this JVM's stderr. {@link #close()} closes the child's stdin (its
 * signal to stop), then destroys it if it has not exited after a grace period; a shutdown hook does the same
 * if this JVM exits first.
 */
public final class ServerProcess implements AutoCloseable {

    private static final Duration GRACE = Duration.ofSeconds(5);

    private final Process process;
    private final int port;
    private final Thread shutdownHook;

    private ServerProcess(Process process, int port, Thread shutdownHook) {
        this.process = process;
        this.port = port;
        this.shutdownHook = shutdownHook;
    }

    /**
     * Starts the server child and waits until it announces its port.
     *
     * @param timeout how long to wait for {@code READY}
     * @return the running server
     * @throws IOException if the child cannot be started, exits early or does not get ready in time
     */
    public static ServerProcess start(Duration timeout) throws IOException {
        var command = new ArrayList<String>();
        command.add(javaBinary());
        command.addAll(heapFlags());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), EmbeddedServerMain.class.getName()));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Thread hook = Thread.ofPlatform().unstarted(process::destroy);
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return new ServerProcess(process, awaitPort(process, timeout), hook);
        } catch (IOException | RuntimeException e) {
            removeHook(hook);
            throw e;
        }
    }

    /**
     * A connection string for the server.
     *
     * @return {@code mongodb://127.0.0.1:<port>}
     */
    public String connectionString() {
        return "mongodb://127.0.0.1:" + port;
    }

    /**
     * The child's process id, for diagnostics.
     *
     * @return the pid
     */
    public long pid() {
        return process.pid();
    }

    /** Stops the child: closes its stdin, waits a grace period, then destroys it (forcibly if need be). */
    @Override
    public void close() {
        removeHook(shutdownHook);
        try {
            process.getOutputStream().close();
            if (!process.waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroy();
                if (!process.waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                }
            }
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shutdownInProgress) {
            // the hook runs anyway
        }
    }

    private static int awaitPort(Process process, Duration timeout) throws IOException {
        var port = new CompletableFuture<Integer>();
        Thread.ofPlatform().daemon().name("server-stdout").start(() -> pumpStdout(process, port));
        try {
            return port.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            throw new IOException("embedded server did not get ready within " + timeout, e);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the embedded server", e);
        }
    }

    /** Completes {@code port} from the READY line and copies every other stdout line to stderr. */
    private static void pumpStdout(Process process, CompletableFuture<Integer> port) {
        try (var reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!port.isDone() && line.startsWith(EmbeddedServerMain.READY)) {
                    port.complete(Integer.parseInt(line.substring(EmbeddedServerMain.READY.length()).trim()));
                } else {
                    System.err.println("[server] " + line);
                }
            }
            port.completeExceptionally(new IOException("embedded server exited before READY"));
        } catch (IOException | RuntimeException e) {
            port.completeExceptionally(e);
        }
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command()
                .orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** This JVM's heap and collector flags, so the server runs under the same memory settings. */
    private static List<String> heapFlags() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(flag -> flag.startsWith("-Xms") || flag.startsWith("-Xmx") || flag.startsWith("-Xmn")
                        || flag.matches("-XX:[+-]Use\\w*GC"))
                .toList();
    }
}
