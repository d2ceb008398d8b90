package org.ramstein;

import java.time.Clock;
import org.ramstein.access.AccountService;
import org.ramstein.access.JdbiAccountStore;
import org.ramstein.access.PasswordHasher;
import org.ramstein.audit.AuditTrail;
import org.ramstein.catalog.CatalogService;
import org.ramstein.catalog.JdbiCatalogStore;
import org.ramstein.ledger.LedgerService;
import org.ramstein.ledger.events.LedgerEvents;
import org.ramstein.reports.BundledRates;
import org.ramstein.reports.ReportService;
import org.ramstein.sources.ReviewService;
import org.ramstein.storage.Database;
import org.ramstein.storage.Ledger;
import org.ramstein.storage.RecordingClock;

/** The composition root: one database, the services over it, wired by constructor. */
public final class App implements AutoCloseable {
    private final Database database;
    private final Ledger ledger;
    private final LedgerEvents events = new LedgerEvents();
    private final CatalogService catalog;
    private final LedgerService ledgerService;
    private final ReportService reports;
    private final ReviewService review;
    private final AccountService accounts;
    private final AuditTrail audit;

    public App(Database database, RecordingClock clock) {
        this.database = database;
        this.ledger = new Ledger(database, clock);
        this.catalog = new CatalogService(ledger, new JdbiCatalogStore(database.jdbi())).syncBundled();
        this.ledgerService = new LedgerService(ledger, catalog, events);
        this.reports = new ReportService(database.jdbi(), catalog, BundledRates.load());
        this.review = new ReviewService(ledger, catalog, ledgerService);
        this.accounts = new AccountService(new JdbiAccountStore(database), PasswordHasher.STANDARD, Clock.systemUTC());
        this.audit = new AuditTrail(database, clock);
    }

    /** Opens (and migrates) the database at {@code url}; null means the embedded default under ./data/. */
    public static App open(String url) {
        return new App(Database.open(url), RecordingClock.system());
    }

    public Database database() {
        return database;
    }

    public Ledger ledger() {
        return ledger;
    }

    public LedgerEvents events() {
        return events;
    }

    public CatalogService catalog() {
        return catalog;
    }

    public LedgerService ledgerService() {
        return ledgerService;
    }

    public ReportService reports() {
        return reports;
    }

    public ReviewService review() {
        return review;
    }

    public AccountService accounts() {
        return accounts;
    }

    public AuditTrail audit() {
        return audit;
    }

    @Override
    public void close() {
        database.close();
    }
}
