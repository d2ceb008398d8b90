package org.ramstein.extract.domain;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits a text into sentences: never across a line break (but for the breaks of a wrapped paragraph), and inside a line at '.', '!' or '?' followed by a space
 * and a capital, a digit or a quote, unless the word before the full stop is an abbreviation ("U.S.", "Dec.", "Gen.").
 * Leading metadata lines ("SOURCE: ... | DATE: ...") are left out; a bulleted line knows the line that introduces its list.
 */
public final class Sentences {
    private Sentences() {
    }

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt",
            "sgt", "adm", "gov", "sen", "rep", "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "no", "nos", "vs", "v", "c", "approx", "est", "inc", "ltd", "co", "corp", "dept", "del", "calif", "md", "va", "fig", "pp", "ca",
            "e", "i", "mt", "ft", "jr", "sr", "ret", "mio", "mrd", "mln", "bln", "vz");
    private static final Pattern HEADER = Pattern.compile("^(SOURCE|NOTE|DATE|URL|PUBLISHER|AUTHOR|LANGUAGE|ID|LICENSE|RETRIEVED)\\s*:.*");
    private static final Pattern CAPTION = Pattern.compile("(?i)^[(\\[]?(photo caption|file photo|photo|image|picture|caption|pictured)\\s*[:|\\-\u2013\u2014].*"
            + "|.*\\((file photo|photo[^)]*|image[^)]*)\\)\\s*$");
    /** A caption ending in its picture's credit: "One of the 8 Archer howitzers during handover. Photo: FMV". */
    private static final Pattern CREDITED_CAPTION = Pattern.compile("(?i).*[.!]\\s+(photo|image|picture|photograph)( credit)?\\s*:\\s*[^.:]{1,40}$");
    /** A questioner's turn in a transcript ("Q:", "Q (Reuters):", "QUESTION:", "REPORTER (NOS):"): the questioner's words state no claim. */
    private static final Pattern QUESTIONER = Pattern.compile("^(Q|Q\\.|QUESTION|Question|REPORTER|Reporter|JOURNALIST|Journalist|INTERVIEWER|Interviewer)"
            + "(\\s*\\([^)]{1,40}\\))?\\s*:\\s+.*");
    /** The heading of a list of works cited: its entries ("3. \"Germany to send 14 Leopard tanks\". Reuters.") state no claims. */
    private static final Pattern REFERENCES = Pattern.compile("(?i)^(references|bibliography|citations|works cited|further reading|sources)\s*:?$");
    /** "Light multirole vehicles ........ 80": a line whose dots lead to its number is an entry of a list. */
    private static final Pattern LEADER = Pattern.compile("\\S\\s*(\\.{3,}|\u2026)\\s*\\d");

    static boolean leaderLine(String line) {
        return (line.contains("...") || line.indexOf('\u2026') >= 0) && LEADER.matcher(line).find();
    }
    private static final Pattern LIST_MARKER = Pattern.compile("^(-{1,2}|[*•–—+]|\\d{1,2}(?:\\.\\d{1,2}){0,3}[.)]|[a-z]\\)|\\([a-z\\d]{1,2}\\)|\\([A-Z]{2}\\))\\s+.*");

    private static final Pattern SEPARATOR_ROW = Pattern.compile("^\\s*\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?\\s*$");

    private static final Pattern NUMBERED_HEADING = Pattern.compile("^\\d{1,2}(\\.\\d{1,2})*\\.?\\s+\\p{Lu}[^\\d]{0,60}$");

    /** A numbered line of a few words, no figure and no sentence's end, with the section's text right under it. */
    private static boolean sectionHeading(String line, String next) {
        return NUMBERED_HEADING.matcher(line).matches() && !endsLikeSentence(line) && !next.isBlank()
                && !LIST_MARKER.matcher(next.strip()).matches() && !next.strip().startsWith("|");
    }

    private static String nextLine(String text, int lineEnd) {
        if (lineEnd >= text.length()) return "";
        int end = text.indexOf('\n', lineEnd + 1);
        return text.substring(lineEnd + 1, end < 0 ? text.length() : end);
    }

    public static List<Sentence> split(String text, List<Token> tokens) {
        List<Sentence> out = new ArrayList<>();
        int n = text.length();
        int lineStart = 0;
        int tok = 0;
        boolean inHeader = true;
        boolean titleSeen = false;
        int lastIntro = -1; // the sentence introducing the current list
        boolean inReferences = false; // in the entries of a list of works cited
        BitSet soft = softBreaks(text);
        while (lineStart <= n) {
            int lineEnd = text.indexOf('\n', lineStart);
            while (lineEnd >= 0 && soft.get(lineEnd)) lineEnd = text.indexOf('\n', lineEnd + 1);
            if (lineEnd < 0) lineEnd = n;
            String line = text.substring(lineStart, lineEnd).strip();
            if (line.indexOf('\n') >= 0) line = line.replace('\n', ' ');
            int first = tok;
            while (tok < tokens.size() && tokens.get(tok).start() < lineEnd) tok++;
            int last = tok;
            if (!line.isEmpty()) {
                if (inHeader && HEADER.matcher(line).matches()) {
                    // metadata, not text
                } else {
                    inHeader = false;
                    // a table's rows are items of a list its header row introduces ("| Date | Donor | Announcement |")
                    boolean tableHeader = line.startsWith("|") && SEPARATOR_ROW.matcher(nextLine(text, lineEnd)).matches();
                    boolean list = LIST_MARKER.matcher(line).matches() || line.startsWith("|") && !tableHeader || leaderLine(line);
                    // a headline, subheading or dateline: a short line standing alone that does not end like a sentence
                    boolean title = !list && line.length() < 200 && !endsLikeSentence(line) && nextLineBlank(text, lineEnd)
                            && (!titleSeen || previousLineBlank(text, lineStart));
                    titleSeen = true;
                    // "2. Tanks and armoured vehicles" over the section's first paragraph: a numbered heading, no list item of the
                    // sentence before it
                    int intro = list && !sectionHeading(line, nextLine(text, lineEnd)) ? lastIntro : -1;
                    int before = out.size();
                    splitLine(text, tokens, first, last, title, list, intro, out);
                    inReferences = REFERENCES.matcher(line).matches() || inReferences && (list || line.startsWith("["));
                    // a work cited, a questioner's turn and a credited caption are read as a caption is: their names may be
                    // referred to, their words state nothing
                    boolean caption = CAPTION.matcher(line).matches();
                    boolean wholeLine = inReferences || QUESTIONER.matcher(line).matches() || CREDITED_CAPTION.matcher(line).matches();
                    for (int k = before; k < out.size() && (caption && k == before || wholeLine); k++) {
                        Sentence c = out.get(k);
                        out.set(k, new Sentence(c.index(), c.from(), c.to(), c.start(), c.end(), c.title(), c.listItem(), c.intro(), true));
                    }
                    // a list is introduced by the last sentence before it ("The package also contains:"), or by an item that
                    // opens a list of its own ("1. To transfer to Ukraine:" over "1.1. 10 M577 vehicles;")
                    if (!list || line.stripTrailing().endsWith(":")) lastIntro = out.size() > before ? out.size() - 1 : -1;
                }
            }
            if (lineEnd >= n) break;
            lineStart = lineEnd + 1;
        }
        return out;
    }

    private static final Pattern TERMINAL = Pattern.compile("[.!?:;][\"\u201D\u2019)]?$");
    /** Words that cannot end a sentence: a line ending in one goes on in the next. */
    private static final Set<String> ASKING_FOR_MORE = Set.of("the", "a", "an", "of", "to", "and", "or", "than", "for", "with", "by", "from",
            "its", "their", "first", "further", "additional", "another", "all");

    /**
     * Whether a line of several words ends on words that cannot end a sentence: a word that asks for more ("the", "of",
     * "than") or a number after one ("supplied more than 250" / "T-72 tanks"): the sentence goes on in the next line.
     */
    static boolean unfinished(String line) {
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ') end--;
        int start = line.lastIndexOf(' ', end - 1) + 1;
        if (start <= 0 || end <= start) return false;
        String last = line.substring(start, end);
        if (Character.isDigit(last.charAt(last.length() - 1)) && Character.isDigit(last.charAt(0))) {
            end = start - 1;
            while (end > 0 && line.charAt(end - 1) == ' ') end--;
            start = line.lastIndexOf(' ', end - 1) + 1;
            if (start <= 0 || end <= start) return false;
            last = line.substring(start, end);
        }
        if (!ASKING_FOR_MORE.contains(last.toLowerCase(java.util.Locale.ROOT))) return false;
        int words = 0;
        for (int i = 0; i < start; i++) if (line.charAt(i) == ' ' && i + 1 < line.length() && line.charAt(i + 1) != ' ') words++;
        return words >= 2;
    }

    /**
     * The line breaks of paragraphs wrapped at a fixed width, as text copied from a PDF or a plain-text e-mail has them:
     * there a sentence runs on over the break. A paragraph is taken as wrapped when one of its lines stops mid-sentence
     * (no closing punctuation) and the next goes on in lower case ("... by Ukraine's part-" / "ners had changed ...");
     * then every break in it is a space, except before a list item or a table row, after a line without letters, and
     * after a line much shorter than the paragraph's longest (a line that ends where its writer ended it).
     */
    static BitSet softBreaks(String text) {
        BitSet soft = new BitSet();
        if (!breaksMidSentence(text)) return soft;
        int n = text.length();
        int start = 0;
        while (start < n) {
            // one paragraph: the lines from start to the next blank line
            List<int[]> lines = new ArrayList<>();
            int at = start;
            while (at < n) {
                int end = text.indexOf('\n', at);
                if (end < 0) end = n;
                if (text.substring(at, end).isBlank()) break;
                lines.add(new int[] {at, end});
                at = end + 1;
            }
            if (lines.size() > 1) wrappedParagraph(text, lines, soft);
            start = Math.max(at + 1, start + 1);
        }
        return soft;
    }

    /** A quick look for what makes a wrapped paragraph: a line break between a letter or comma and a lower-case letter. */
    private static boolean breaksMidSentence(String text) {
        for (int k = text.indexOf('\n'); k > 0 && k + 1 < text.length(); k = text.indexOf('\n', k + 1)) {
            char before = text.charAt(k - 1);
            if ((Character.isLetterOrDigit(before) || before == ',' || before == '-' || before == ')') && Character.isLowerCase(text.charAt(k + 1))) return true;
            if (Character.isLetterOrDigit(before) && Character.isLetterOrDigit(text.charAt(k + 1))
                    && unfinished(text.substring(text.lastIndexOf('\n', k - 1) + 1, k))) return true;
        }
        return false;
    }

    private static void wrappedParagraph(String text, List<int[]> lines, BitSet soft) {
        boolean wrapped = false;
        int longest = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = text.substring(lines.get(i)[0], lines.get(i)[1]).strip();
            longest = Math.max(longest, line.length());
            if (i + 1 < lines.size() && joinable(text, lines.get(i), lines.get(i + 1)) && !TERMINAL.matcher(line).find()) {
                String next = text.substring(lines.get(i + 1)[0], lines.get(i + 1)[1]).strip();
                if (Character.isLowerCase(next.charAt(0)) || unfinished(line)) wrapped = true;
            }
        }
        if (!wrapped) return;
        for (int i = 0; i + 1 < lines.size(); i++) {
            String line = text.substring(lines.get(i)[0], lines.get(i)[1]).strip();
            if (joinable(text, lines.get(i), lines.get(i + 1)) && line.length() * 3 >= longest * 2) soft.set(lines.get(i)[1]);
        }
    }

    /** Two lines a wrap may have parted: neither a table row, the second no list item, the first holding a letter. */
    private static boolean joinable(String text, int[] line, int[] next) {
        String a = text.substring(line[0], line[1]).strip();
        String b = text.substring(next[0], next[1]).strip();
        if (a.startsWith("|") || b.startsWith("|") || LIST_MARKER.matcher(b).matches() || HEADER.matcher(b).matches()) return false;
        for (int k = 0; k < a.length(); k++) if (Character.isLetter(a.charAt(k))) return true;
        return false;
    }

    /** A sentence's end inside a line, after a lower-case word: "... have arrived. #Ukraine #OSINT" (not "U.S. sends"). */
    private static final Pattern SENTENCE_INSIDE = Pattern.compile("[a-z]{2}[.!?]\\s+\\S");

    /** A sentence's end followed by footnote marks: "... €122 million.[3]", "... delivered.[a][4]". */
    private static final Pattern END_BEFORE_NOTES = Pattern.compile("[.!?;:][\"\u201D\u2019)]?(\\[[^\\]\\s]{1,6}\\])+$");

    /** Ends like a sentence, or holds one that ends before a tail of tags, links or footnote marks. */
    private static boolean endsLikeSentence(String line) {
        char c = line.charAt(line.length() - 1);
        return c == '.' || c == '!' || c == '?' || c == ':' || c == '"' || c == '\u201D' || c == ';' || SENTENCE_INSIDE.matcher(line).find()
                || (c == ']' && END_BEFORE_NOTES.matcher(line).find());
    }

    private static boolean previousLineBlank(String text, int lineStart) {
        if (lineStart == 0) return true;
        int prev = text.lastIndexOf('\n', lineStart - 2);
        return text.substring(prev + 1, lineStart - 1).isBlank();
    }

    private static boolean nextLineBlank(String text, int lineEnd) {
        if (lineEnd >= text.length()) return true;
        int next = text.indexOf('\n', lineEnd + 1);
        if (next < 0) next = text.length();
        return text.substring(lineEnd + 1, next).isBlank();
    }

    private static void splitLine(String text, List<Token> tokens, int from, int to, boolean title, boolean list, int intro, List<Sentence> out) {
        int s = from;
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.kind() != Token.Kind.PUNCT) continue;
            char c = t.text().charAt(0);
            if (c != '.' && c != '!' && c != '?') continue;
            int endTok = i + 1;
            // closing quotes and brackets stay with the sentence they close
            while (endTok < to && isCloser(tokens.get(endTok)) && tokens.get(endTok).start() == tokens.get(endTok - 1).end()) endTok++;
            endTok = afterFootnoteMarks(tokens, endTok, to);
            if (endTok >= to) break;
            Token next = tokens.get(endTok);
            if (next.start() == tokens.get(endTok - 1).end()) continue; // "U.S." inside a word, "1.85"
            // "Light multirole vehicles ........ 80": a leader of dots runs on to its number
            if (c == '.' && i > from && tokens.get(i - 1).isPunct('.') && next.startsWithDigit()) continue;
            if (!startsSentence(next)) continue;
            if (c == '.' && i > from && isAbbreviation(tokens, i, from)) continue;
            add(tokens, s, endTok, title, list, intro, out);
            s = endTok;
            i = endTok - 1;
        }
        if (s < to) add(tokens, s, to, title, list, intro, out);
    }

    /** Footnote marks glued to a sentence's end stay with it: "... in June 2023.[1] Canada's eight ..." */
    private static int afterFootnoteMarks(List<Token> tokens, int at, int to) {
        while (at + 2 < to && tokens.get(at).isPunct('[') && tokens.get(at).start() == tokens.get(at - 1).end()
                && tokens.get(at + 1).kind() != Token.Kind.PUNCT && tokens.get(at + 1).text().length() <= 4 && tokens.get(at + 2).isPunct(']')) {
            at += 3;
        }
        return at;
    }

    private static boolean isCloser(Token t) {
        if (t.kind() != Token.Kind.PUNCT) return false;
        char c = t.text().charAt(0);
        return c == '"' || c == '\u201D' || c == '\u2019' || c == ')' || c == '\'' || c == ']' || c == '\u00BB';
    }

    private static boolean startsSentence(Token t) {
        if (t.kind() == Token.Kind.PUNCT) {
            char c = t.text().charAt(0);
            return c == '"' || c == '\u201C' || c == '(' || c == '\u00AB' || c == '\u2018' || c == '\'';
        }
        return Character.isUpperCase(t.text().charAt(0)) || Character.isDigit(t.text().charAt(0));
    }

    private static boolean isAbbreviation(List<Token> tokens, int dot, int from) {
        Token before = tokens.get(dot - 1);
        if (before.kind() != Token.Kind.WORD) return false;
        if (before.end() != tokens.get(dot).start()) return false;
        if (before.text().length() == 1 && Character.isUpperCase(before.text().charAt(0))) return true; // "U.S.", "J. Smith"
        return ABBREVIATIONS.contains(before.norm());
    }

    private static void add(List<Token> tokens, int from, int to, boolean title, boolean list, int intro, List<Sentence> out) {
        if (from >= to) return;
        out.add(new Sentence(out.size(), from, to, tokens.get(from).start(), tokens.get(to - 1).end(), title, list, intro, false));
    }
}
