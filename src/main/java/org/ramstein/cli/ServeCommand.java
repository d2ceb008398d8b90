package org.ramstein.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.ramstein.App;
import org.ramstein.storage.Database;
import org.ramstein.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves the ledger's HTTP API (JSON under /api/v1, OpenAPI at /api/openapi.json) until Ctrl+C.")
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    DatabaseOption db;

    @Option(names = "--port", defaultValue = "8080", description = "TCP port (default ${DEFAULT-VALUE}; 0 picks a free one)")
    int port;

    @Override
    public Integer call() throws InterruptedException {
        return serveUntilStopped(db.open(), port, db.url() == null ? Database.DEFAULT_URL : db.url());
    }

    /** Serves {@code app} until Ctrl+C; owns the app from here on (closes it on the way out). */
    static int serveUntilStopped(App app, int port, String where) throws InterruptedException {
        WebServer server;
        try {
            server = WebServer.start(app, port);
        } catch (RuntimeException e) {
            app.close();
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        // Ctrl+C runs the hooks: stop taking requests first, then close the database, then let call() return.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            app.close();
            stopped.countDown();
        }, "ramstein-shutdown"));
        System.out.println("Ramstein serving " + where + " at http://localhost:" + server.port() + " — press Ctrl+C to stop");
        stopped.await();
        return 0;
    }
}
