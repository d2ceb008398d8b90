package org.ramstein.web.pages;

import java.util.List;
import java.util.stream.Collectors;
import org.ramstein.ledger.view.LedgerViews.LineView;
import org.ramstein.ledger.view.LedgerViews.PledgeView;

/** How a pledge's lines read in one cell: "40 Marder 1A3; up to 14 Leopard 2A6; value $1.85 bn (USD)". */
final class Lines {
    private Lines() {
    }

    static String what(LineView l) {
        if (l.item() != null) return l.item().name();
        if (l.itemText() != null) return l.itemText();
        return Fmt.label(l.category());
    }

    static String summary(PledgeView p) {
        List<LineView> lines = p.lines();
        String s = lines.stream().limit(6).map(l -> {
            if ("funding".equals(l.category()) || (l.item() != null && "funding".equals(l.item().id()))) {
                return "value " + Fmt.money(l.value());
            }
            String q = l.committed().qualifier() == org.ramstein.ledger.domain.Qualifier.UNSPECIFIED ? "" : Fmt.qty(l.committed()) + " ";
            return q + what(l);
        }).collect(Collectors.joining("; "));
        return lines.size() > 6 ? s + "; and " + (lines.size() - 6) + " more line(s)" : s;
    }
}
