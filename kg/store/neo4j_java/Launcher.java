// kg's Neo4j launcher: an embedded Neo4j Community DBMS with its Bolt connector on 127.0.0.1.
//
// Run by kg.store.neo4j_server in Java's single-file source mode:
//     java -Xmx.. -cp 'JARS/*' Launcher.java HOME PORT PASSWORD_FILE [WATCH_PID]
// HOME holds data/ and logs/; the password is read from PASSWORD_FILE (never from argv, so it
// does not show in `ps`). With WATCH_PID > 0 the server exits when that process is gone, so a
// killed test run leaves no JVM behind. SIGTERM shuts the DBMS down cleanly (shutdown hook).

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.neo4j.cli.ExecutionContext;
import org.neo4j.commandline.admin.security.SetInitialPasswordCommand;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

import picocli.CommandLine;

public class Launcher {
    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: Launcher HOME PORT PASSWORD_FILE [WATCH_PID]");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        String password = Files.readString(Path.of(args[2])).strip();
        long watchPid = args.length > 3 ? Long.parseLong(args[3]) : 0L;

        // A fresh store gets its password before Bolt ever listens (what neo4j-admin does).
        if (!Files.isDirectory(home.resolve("data/databases/system"))) {
            Files.createDirectories(home.resolve("conf"));
            int rc = new CommandLine(new SetInitialPasswordCommand(new ExecutionContext(home, home.resolve("conf"))))
                    .execute("--", password);  // "--": a password may start with "-"
            if (rc != 0) {
                System.err.println("KG-NEO4J-FAILED set-initial-password exit " + rc);
                System.exit(3);
            }
        }

        long pageCache = ByteUnit.parse(System.getProperty("kg.pagecache", "256m"));
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "100M size")
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // Bolt otherwise lingers 2 x 5 s on shutdown waiting for idle connections.
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(500))
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(500))
                .build();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            dbms.shutdown();
            stopped.countDown();
        }));

        // An existing store follows the password file too (it may have been regenerated).
        try {
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
        } catch (RuntimeException e) {
            if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
                throw e;
            }
        }
        System.out.println("KG-NEO4J-READY bolt://127.0.0.1:" + port);
        System.out.flush();

        while (!stopped.await(1, TimeUnit.SECONDS)) {
            if (watchPid > 0 && !ProcessHandle.of(watchPid).map(ProcessHandle::isAlive).orElse(false)) {
                System.out.println("KG-NEO4J-STOPPING watched process " + watchPid + " is gone");
                System.exit(0);
            }
        }
    }
}
