// The project's test Neo4j: neo4j-harness (Neo4j Community 5.26 LTS, in process, a real Bolt connector).
// Run by tests/neo4j/server/run.sh as a single-file program (java -cp "$(cat target/classpath.txt)" Neo4jTestServer.java).
//   - Bolt on 127.0.0.1, on a free port (or NEO4J_TEST_PORT), HTTP off; auth off (any credentials work),
//     or, with NEO4J_TEST_PASSWORD set, auth on with user neo4j and that password (8 characters or more);
//   - page cache capped (NEO4J_TEST_PAGECACHE, default 128m); the heap is capped by run.sh's -Xmx;
//   - prints one line `bolt://127.0.0.1:PORT` on stdout when it accepts connections, then stays up;
//   - SIGTERM / SIGINT: the shutdown hook closes it (which deletes its working folder).
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

public class Neo4jTestServer {
  public static void main(String[] args) throws Exception {
    long t0 = System.nanoTime();
    String portEnv = System.getenv("NEO4J_TEST_PORT");
    int port = portEnv != null && !portEnv.isEmpty() ? Integer.parseInt(portEnv) : freePort();
    String pageCache = System.getenv().getOrDefault("NEO4J_TEST_PAGECACHE", "128m");
    String password = System.getenv().getOrDefault("NEO4J_TEST_PASSWORD", "");
    Path work = Files.createTempDirectory("kg-neo4j-");
    Neo4j neo4j = Neo4jBuilders.newInProcessBuilder(work)
        .withConfig(GraphDatabaseSettings.auth_enabled, !password.isEmpty())
        .withDisabledServer()
        .withConfig(BoltConnector.enabled, true)
        .withConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .withConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
        .withConfig(GraphDatabaseSettings.pagecache_memory, org.neo4j.io.ByteUnit.parse(pageCache))
        .build();
    if (!password.isEmpty()) {
      // through the embedded API (no auth there): the initial user's password, with no change required
      neo4j.databaseManagementService().database("system").executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $p CHANGE NOT REQUIRED", java.util.Map.of("p", password));
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        neo4j.close();
        deleteTree(work);
      } finally {
        stopped.countDown();
      }
    }));
    System.err.printf("neo4j-test: Neo4j %s ready in %.1f s%n", org.neo4j.kernel.internal.Version.getNeo4jVersion(), (System.nanoTime() - t0) / 1e9);
    System.out.println("bolt://127.0.0.1:" + port);
    System.out.flush();
    stopped.await();
  }

  static void deleteTree(Path dir) {
    try (var paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (java.io.IOException e) {
      System.err.println("neo4j-test: could not delete " + dir + ": " + e.getMessage());
    }
  }

  /** A port nothing listens on now (the OS picks it; Neo4j binds it right after). */
  static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket()) {
      s.setReuseAddress(true);
      s.bind(new InetSocketAddress("127.0.0.1", 0));
      return s.getLocalPort();
    }
  }
}
