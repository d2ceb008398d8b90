package org.ramstein.ledger.events;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** In-process publication of ledger events, after the transaction that caused them has committed. */
public final class LedgerEvents {
    private final List<Consumer<LedgerEvent>> listeners = new CopyOnWriteArrayList<>();

    public void subscribe(Consumer<LedgerEvent> listener) {
        listeners.add(listener);
    }

    public void publish(List<? extends LedgerEvent> events) {
        for (LedgerEvent e : events) {
            for (Consumer<LedgerEvent> l : listeners) l.accept(e);
        }
    }
}
