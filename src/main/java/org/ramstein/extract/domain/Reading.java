package org.ramstein.extract.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reading of one text: its tokens and sentences, the donors each sentence names, what has been found so far
 * (systems named, claims drafted, sums whose purpose a class names), and the groups of rules that read it.
 */
final class Reading {
    final String file;
    final String text;
    final List<Token> tokens;
    final List<Sentence> sentences;
    final ItemLexicon items;
    final DonorLexicon donors;
    final Map<Integer, List<DonorLexicon.Mention>> donorMentions = new HashMap<>();
    final List<Mention> catalogHistory = new ArrayList<>();
    final List<Draft> drafts = new ArrayList<>();
    final Set<String> purposes = new HashSet<>();
    final Set<String> rejectedSums = new HashSet<>();
    final Map<Integer, List<Mention>> sentenceMentions = new HashMap<>();
    /** Tokens that are part of a sum of money: never a count of items. */
    final boolean[] inMoney;
    /** Number tokens a count pattern has read: no other pattern reads them again. */
    final boolean[] counted;
    /** Systems named after "and" that share the number of the system before them: "250 PT-91 and T-72 tanks". */
    final Map<Mention, String> sharedCounts = new HashMap<>();
    /** The marks the text keys to a status ("✅ = delivered"): the kind of each line they open. */
    final StatusMarks marks;

    final DonorAttribution donorsOf;
    final KindClassifier kinds;
    final NegativeFilters filters;
    final QuantityPhrases quantities;
    final ItemMentions mentions;
    final MoneyClaims moneys;
    final CountPatterns counts;
    final TableClaims tables;
    final Deduplication dedup;
    final ItemClaims itemClaims;

    Reading(String file, String text, ItemLexicon items, DonorLexicon donors) {
        this.file = file;
        this.text = text;
        this.items = items;
        this.donors = donors;
        this.tokens = NumberParser.withoutRestatements(Tokenizer.tokenize(text));
        this.sentences = Sentences.split(text, tokens);
        this.inMoney = new boolean[tokens.size()];
        this.counted = new boolean[tokens.size()];
        this.marks = StatusMarks.of(text);
        for (Sentence s : sentences) donorMentions.put(s.index(), donors.find(tokens, s.from(), s.to()));
        this.donorsOf = new DonorAttribution(this);
        this.kinds = new KindClassifier(this);
        this.filters = new NegativeFilters(this);
        this.quantities = new QuantityPhrases(this);
        this.mentions = new ItemMentions(this);
        this.moneys = new MoneyClaims(this);
        this.counts = new CountPatterns(this);
        this.tables = new TableClaims(this);
        this.dedup = new Deduplication(this);
        this.itemClaims = new ItemClaims(this);
    }
}
