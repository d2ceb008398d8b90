package org.ramstein.extract.domain;

import org.ramstein.catalog.domain.CatalogItem;

/** A system or class named in a sentence. */
final class Mention {
    int from; // first token of the name (after leading descriptors)
    int to; // after the last descriptor
    int head;
    CatalogItem item; // null for a class
    GenericClass cls;
    String category;
    String name;
    boolean plural;
    boolean purpose; // what a sum of money is for: not a claim of its own
    boolean bound; // a class word bound to a system named before
    boolean bare; // a class word with no class modifiers: "planes", "howitzers"
    Sentence sentence;

    /** Binds this class word to the system it refers to: it names that system from now on. */
    void bindTo(Mention system) {
        item = system.item;
        category = system.category;
        name = system.name;
        bound = true;
    }
}
