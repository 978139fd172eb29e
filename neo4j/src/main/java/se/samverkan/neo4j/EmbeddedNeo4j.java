package se.samverkan.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * Runs a Neo4j Community DBMS embedded in this JVM with only the Bolt connector enabled,
 * bound to 127.0.0.1.
 *
 * <p>Arguments (each falls back to an environment variable):
 * <ul>
 *   <li>{@code --data-dir DIR} / {@code NEO4J_DATA_DIR}: Neo4j home; databases, transaction logs and
 *       Neo4j's own log files are kept below it.</li>
 *   <li>{@code --bolt-port PORT} / {@code NEO4J_BOLT_PORT}: Bolt port (default 7687).</li>
 *   <li>{@code NEO4J_PASSWORD}: password for the {@code neo4j} user. Environment only, so that it
 *       never shows up in process listings.</li>
 *   <li>{@code --exit-on-stdin-eof}: exit (cleanly) when standard input reaches end-of-file. The
 *       launching process keeps our stdin pipe open; if it dies for any reason, even SIGKILL, the
 *       OS closes the pipe and this JVM shuts the database down and exits.</li>
 * </ul>
 *
 * <p>Stdout protocol: progress lines prefixed {@code NEO4J_PROGRESS}, then exactly one
 * {@code NEO4J_READY bolt://127.0.0.1:PORT} once Bolt accepts connections. Errors go to stderr,
 * prefixed {@code NEO4J_ERROR}. SIGTERM/SIGINT shut the DBMS down cleanly via a shutdown hook.
 */
public final class EmbeddedNeo4j {
    private static final String HOST = "127.0.0.1";
    private static final String USER = "neo4j";
    private static final long PAGE_CACHE_MIB = 256;
    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(3);

    private EmbeddedNeo4j() {}

    public static void main(String[] args) {
        // Keep a private handle on the real stdout for our protocol lines, then send anything
        // else that libraries might print to stdout over to stderr.
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        System.setOut(System.err);
        try {
            run(args, out);
        } catch (Throwable t) {
            System.err.println("NEO4J_ERROR " + describe(t));
            t.printStackTrace(System.err);
            System.exit(1);
        }
    }

    private static void run(String[] args, PrintStream out) throws Exception {
        String dataDirArg = env("NEO4J_DATA_DIR");
        String portArg = env("NEO4J_BOLT_PORT");
        boolean exitOnStdinEof = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data-dir" -> dataDirArg = valueAfter(args, i++);
                case "--bolt-port" -> portArg = valueAfter(args, i++);
                case "--exit-on-stdin-eof" -> exitOnStdinEof = true;
                default -> throw new IllegalArgumentException("Unknown argument: " + args[i]);
            }
        }
        if (dataDirArg == null) {
            throw new IllegalArgumentException("Missing --data-dir (or NEO4J_DATA_DIR)");
        }
        String password = env("NEO4J_PASSWORD");
        if (password == null) {
            throw new IllegalArgumentException("Missing NEO4J_PASSWORD in the environment");
        }
        int port = portArg == null ? 7687 : Integer.parseInt(portArg);
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("Invalid Bolt port: " + port);
        }
        Path home = Path.of(dataDirArg).toAbsolutePath().normalize();
        Files.createDirectories(home);
        ensurePortFree(port);

        // Registered before starting, so a signal that arrives mid-start still closes the stores.
        AtomicReference<DatabaseManagementService> running = new AtomicReference<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            DatabaseManagementService toStop = running.getAndSet(null);
            if (toStop != null) {
                System.err.println("NEO4J_PROGRESS shutting down");
                toStop.shutdown();
                System.err.println("NEO4J_PROGRESS stopped");
            }
        }, "neo4j-shutdown"));

        out.println("NEO4J_PROGRESS starting Neo4j " + neo4jVersion() + " in " + home);
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(HOST, port))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(PAGE_CACHE_MIB))
                // A local development database: no anonymous usage reports to neo4j.com.
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // The databases are checkpointed and closed before Bolt stops, so Netty's default
                // 5 s quiet period (paid twice) only delays shutdown.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .build();
        running.set(dbms);

        GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (!system.isAvailable(STARTUP_TIMEOUT.toMillis()) || !db.isAvailable(STARTUP_TIMEOUT.toMillis())) {
            throw new IllegalStateException("Databases did not become available within " + STARTUP_TIMEOUT);
        }
        setPassword(system, password);
        out.println("NEO4J_PROGRESS databases available, waiting for Bolt on " + HOST + ":" + port);
        awaitBolt(port);

        out.println("NEO4J_READY bolt://" + HOST + ":" + port);
        if (exitOnStdinEof) {
            Thread watcher = new Thread(() -> {
                drain(System.in);
                System.err.println("NEO4J_PROGRESS stdin closed (parent gone), exiting");
                System.exit(0);
            }, "stdin-eof-watcher");
            watcher.setDaemon(true);
            watcher.start();
        }
        // The DBMS threads keep the JVM alive until a signal or the stdin watcher ends it.
    }

    /**
     * Sets the neo4j user's password and clears the "change required" flag. Runs against the system
     * database through the embedded API, which needs no login. On restarts with the same password
     * Neo4j refuses a no-op change ("Old password and new password cannot be the same"), which is
     * exactly the state we want, so that case is accepted.
     */
    private static void setPassword(GraphDatabaseService system, String password) {
        try {
            system.executeTransactionally(
                    "ALTER USER " + USER + " SET PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("password", password));
        } catch (RuntimeException e) {
            String message = String.valueOf(describe(e));
            if (!message.contains("cannot be the same")) {
                throw e;
            }
        }
    }

    private static void ensurePortFree(int port) throws IOException {
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(HOST, port));
        } catch (IOException e) {
            throw new IOException("Bolt port " + HOST + ":" + port + " is already in use", e);
        }
    }

    private static void awaitBolt(int port) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        while (true) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(HOST, port), 1000);
                return;
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    throw new IOException("Bolt did not accept connections on port " + port, e);
                }
                Thread.sleep(100);
            }
        }
    }

    private static void drain(InputStream in) {
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) >= 0) {
                // Ignore input; we only care about end-of-file.
            }
        } catch (IOException ignored) {
            // A broken pipe means the parent is gone as well.
        }
    }

    private static String neo4jVersion() {
        String version = DatabaseManagementService.class.getPackage().getImplementationVersion();
        return version == null ? "(unknown version)" : version;
    }

    private static String valueAfter(String[] args, int i) {
        if (i + 1 >= args.length) {
            throw new IllegalArgumentException("Missing value after " + args[i]);
        }
        return args[i + 1];
    }

    private static String env(String name) {
        String value = System.getenv(name);
        return value == null || value.isEmpty() ? null : value;
    }

    private static String describe(Throwable t) {
        StringBuilder sb = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (sb.length() > 0) {
                sb.append(" <- ");
            }
            sb.append(c.getClass().getSimpleName()).append(": ").append(c.getMessage());
            if (c.getCause() == c) {
                break;
            }
        }
        return sb.toString();
    }
}
