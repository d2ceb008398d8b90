package org.ramstein.catalog;

import java.util.List;
import org.ramstein.catalog.domain.CatalogItem;
import org.ramstein.ledger.domain.Donor;

/** Reads the reference data held in the database. */
public interface CatalogStore {
    List<CatalogItem> items();

    List<Donor> donors();
}
