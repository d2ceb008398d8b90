package org.ramstein.catalog;

import java.util.Arrays;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.ramstein.catalog.domain.CatalogItem;
import org.ramstein.ledger.domain.Donor;

public final class JdbiCatalogStore implements CatalogStore {
    private final Jdbi jdbi;

    public JdbiCatalogStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<CatalogItem> items() {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT id, name, category, coalition, origin, aliases, unit_price_eur, unit_price_source, verified, notes FROM catalog_item "
                                + "ORDER BY name")
                .map((rs, ctx) -> new CatalogItem(rs.getString("id"), rs.getString("name"), rs.getString("category"),
                        rs.getString("coalition"), rs.getString("origin"), split(rs.getString("aliases")),
                        rs.getObject("unit_price_eur") == null ? null : rs.getLong("unit_price_eur"), rs.getString("unit_price_source"),
                        rs.getInt("verified") == 1, rs.getString("notes")))
                .list());
    }

    @Override
    public List<Donor> donors() {
        return jdbi.withHandle(h -> h.createQuery("SELECT code, name, kind, iso2, aliases FROM donor ORDER BY name")
                .map((rs, ctx) -> new Donor(rs.getString("code"), rs.getString("name"), rs.getString("kind"),
                        rs.getString("iso2"), split(rs.getString("aliases"))))
                .list());
    }

    private static List<String> split(String s) {
        return s == null || s.isBlank() ? List.of() : Arrays.asList(s.split("\\|"));
    }
}
