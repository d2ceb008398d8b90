package org.ramstein.catalog;

import java.util.List;
import org.ramstein.catalog.domain.CatalogIndex;
import org.ramstein.catalog.domain.CatalogItem;
import org.ramstein.ledger.domain.Donor;
import org.ramstein.ledger.domain.DonorIndex;
import org.ramstein.storage.Ledger;

/** The catalogue and donor list: loaded into the database at start, resolved from memory afterwards. */
public final class CatalogService {
    private final Ledger ledger;
    private final CatalogStore store;
    private volatile CatalogIndex catalog;
    private volatile DonorIndex donors;

    public CatalogService(Ledger ledger, CatalogStore store) {
        this.ledger = ledger;
        this.store = store;
    }

    /** Writes the bundled reference data (refreshing entries of the same id) and loads the indexes. */
    public CatalogService syncBundled() {
        return sync(ReferenceData.bundledCatalog(), ReferenceData.bundledDonors());
    }

    public CatalogService sync(List<CatalogItem> items, List<Donor> donorList) {
        ledger.write(w -> {
            donorList.forEach(w::donor);
            items.forEach(w::catalogItem);
            return null;
        });
        reload();
        return this;
    }

    public void reload() {
        catalog = new CatalogIndex(store.items());
        donors = new DonorIndex(store.donors());
    }

    public CatalogIndex catalog() {
        return catalog;
    }

    public DonorIndex donors() {
        return donors;
    }
}
