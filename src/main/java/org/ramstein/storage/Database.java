package org.ramstein.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The one database a Ramstein process talks to: SQLite (a file, WAL mode, busy timeout) by default, PostgreSQL by
 * URL. Opening it applies the migrations, so every caller sees the current schema.
 */
public final class Database implements AutoCloseable {

    public static final String DEFAULT_URL = "jdbc:sqlite:data/ramstein.db";
    /** SQLite: how much of the database file is read through a memory map. */
    private static final long MMAP_BYTES = 4L << 30;

    private final String url;
    private final Dialect dialect;
    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    /**
     * SQLite takes one writer at a time: writes have a connection of their own, apart from the readers' pool, and take
     * turns for it in this process (fairly, first come first served). On PostgreSQL writes share the pool, without turns.
     */
    private final HikariDataSource writeSource;
    private final Jdbi writeJdbi;
    private final ReentrantLock writeTurn;

    private Database(String url) {
        this.url = url;
        this.dialect = Dialect.of(url);
        this.dataSource = dataSource(url, dialect);
        this.jdbi = Jdbi.create(dataSource);
        boolean sqlite = dialect == Dialect.SQLITE;
        this.writeSource = sqlite ? sqliteSource(url, "ramstein-writer", 1) : null;
        this.writeJdbi = sqlite ? Jdbi.create(writeSource) : jdbi;
        this.writeTurn = sqlite ? new ReentrantLock(true) : null;
    }

    public static Database open(String url) {
        Database db = new Database(url == null || url.isBlank() ? DEFAULT_URL : url);
        try {
            db.migrate();
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    private static HikariDataSource dataSource(String url, Dialect dialect) {
        if (dialect == Dialect.SQLITE) return sqliteSource(url, "ramstein", 4);
        HikariConfig config = new HikariConfig();
        config.setPoolName("ramstein");
        config.setJdbcUrl(url);
        // batched inserts travel as multi-row INSERTs: several times faster for the writer's JDBC batches
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        config.setMaximumPoolSize(10);
        config.setMinimumIdle(1);
        return new HikariDataSource(config);
    }

    private static HikariDataSource sqliteSource(String url, String name, int size) {
        createParentFolder(url);
        SQLiteConfig sqlite = new SQLiteConfig();
        sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
        sqlite.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        sqlite.setBusyTimeout(10_000);
        sqlite.enforceForeignKeys(true);
        // pages read through a memory map rather than a read() call each: the reports' index lookups spend most of their
        // time in those calls otherwise (a third of a mid-month fulfilment report). Address space, not memory.
        sqlite.setPragma(SQLiteConfig.Pragma.MMAP_SIZE, Long.toString(MMAP_BYTES));
        // Writers take the lock when they begin, so a reader never has to be upgraded mid-transaction (SQLITE_BUSY).
        sqlite.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource ds = new SQLiteDataSource(sqlite);
        ds.setUrl(url);
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setDataSource(ds);
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(1);
        return new HikariDataSource(config);
    }

    private static void createParentFolder(String url) {
        String file = url.substring("jdbc:sqlite:".length());
        int query = file.indexOf('?');
        if (query >= 0) file = file.substring(0, query);
        if (file.isEmpty() || file.startsWith(":memory:") || file.startsWith("file:")) return;
        Path parent = Path.of(file).toAbsolutePath().getParent();
        try {
            if (parent != null) Files.createDirectories(parent);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create the data folder " + parent + ": " + e.getMessage(), e);
        }
    }

    private void migrate() {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .placeholders(Map.of("identity", dialect.identityColumn))
                .load()
                .migrate();
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /** Where write transactions run: SQLite's one writing connection, or the pool on PostgreSQL. */
    public Jdbi writeJdbi() {
        return writeJdbi;
    }

    /** The lock a writer holds for its transaction, when the database takes one writer at a time (SQLite); else null. */
    public ReentrantLock writeTurn() {
        return writeTurn;
    }

    public Dialect dialect() {
        return dialect;
    }

    private final ThreadLocal<Witnessing> witnessing = new ThreadLocal<>();

    private final class Witnessing implements CommitWitness.Scope {
        final CommitWitness witness;
        int commits;

        Witnessing(CommitWitness witness) {
            this.witness = witness;
        }

        @Override
        public int commits() {
            return commits;
        }

        @Override
        public void close() {
            if (witnessing.get() == this) witnessing.remove();
        }
    }

    /** Sets {@code witness} for the write transactions this thread commits until the scope is closed. */
    public CommitWitness.Scope witnessCommits(CommitWitness witness) {
        Witnessing w = new Witnessing(witness);
        witnessing.set(w);
        return w;
    }

    /**
     * Called by a transaction's owner as its last step before commit: the thread's witness, if any, writes its record
     * in the same transaction. What was written is described only when a witness will read it.
     */
    public void beforeCommit(Handle transaction, Supplier<List<CommitWitness.Written>> written) {
        Witnessing w = witnessing.get();
        if (w == null) return;
        w.witness.witness(transaction, written.get());
        w.commits++;
    }

    /**
     * One write transaction outside the ledger's writer (accounts, the audit trail itself), on the connection writes
     * use, taking SQLite's turn. With {@code written} it is a command's write, witnessed before it commits; without
     * (null), bookkeeping that no witness records.
     */
    public <T> T writeTransaction(Function<Handle, T> work, Function<T, List<CommitWitness.Written>> written) {
        ReentrantLock turn = writeTurn;
        if (turn != null) turn.lock();
        try {
            return writeJdbi.inTransaction(h -> {
                T result = work.apply(h);
                if (written != null) beforeCommit(h, () -> written.apply(result));
                return result;
            });
        } finally {
            if (turn != null) turn.unlock();
        }
    }

    public String url() {
        return url;
    }

    public javax.sql.DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        if (writeSource != null) writeSource.close();
        dataSource.close();
    }
}
