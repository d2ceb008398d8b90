package org.ramstein.extract.domain;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** A group of claim rules reading one text: the text, its tokens and sentences, and what the reading has found so far. */
abstract class ReadingPart {
    protected final Reading r;
    protected final String file;
    protected final String text;
    protected final List<Token> tokens;
    protected final List<Sentence> sentences;
    protected final ItemLexicon items;
    protected final DonorLexicon donors;
    protected final Map<Integer, List<DonorLexicon.Mention>> donorMentions;
    protected final List<Mention> catalogHistory;
    protected final List<Draft> drafts;
    protected final Set<String> purposes;
    protected final Set<String> rejectedSums;
    protected final Map<Integer, List<Mention>> sentenceMentions;

    ReadingPart(Reading r) {
        this.r = r;
        this.file = r.file;
        this.text = r.text;
        this.tokens = r.tokens;
        this.sentences = r.sentences;
        this.items = r.items;
        this.donors = r.donors;
        this.donorMentions = r.donorMentions;
        this.catalogHistory = r.catalogHistory;
        this.drafts = r.drafts;
        this.purposes = r.purposes;
        this.rejectedSums = r.rejectedSums;
        this.sentenceMentions = r.sentenceMentions;
    }

    /** How many tokens a calibre at {@code k} takes, before {@code limit}: 2 for "40 mm", 1 for "40mm", 0 for none. */
    int calibreLength(int k, int limit) {
        if (k < 0 || k >= limit) return 0;
        if (k + 1 < limit && tokens.get(k).kind() == Token.Kind.NUMBER && tokens.get(k + 1).is("mm")) return 2;
        return tokens.get(k).norm().matches("\\d+mm") ? 1 : 0;
    }

    boolean glued(int x, int y) {
        return tokens.get(x).end() == tokens.get(y).start();
    }

    DonorLexicon.Mention donorEndingAt(List<DonorLexicon.Mention> dms, int end) {
        for (DonorLexicon.Mention d : dms) if (d.to() == end) return d;
        return null;
    }

    Draft draft(Claim c, String itemKey, String donorKey, boolean title) {
        Draft d = new Draft();
        d.claim = c;
        d.itemKey = itemKey;
        d.donorKey = donorKey;
        d.title = title;
        d.order = drafts.size();
        return d;
    }

    static double round(double c) {
        return Math.round(Math.max(0.05, Math.min(0.99, c)) * 100) / 100.0;
    }
}
