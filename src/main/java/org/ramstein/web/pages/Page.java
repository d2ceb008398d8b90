package org.ramstein.web.pages;

import java.util.ArrayList;
import java.util.List;

/** A dashboard page: its request, heading, a sentence saying what it shows, and its blocks. */
public record Page(View view, String heading, String lede, List<Block> blocks) {

    public Page {
        blocks = List.copyOf(blocks);
    }

    /** Every table on the page, charts' tables included: what ?export= can download. */
    public List<WebTable> tables() {
        List<WebTable> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof WebTable t) out.add(t);
            if (b instanceof Chart c) out.add(c.table());
        }
        return out;
    }
}
