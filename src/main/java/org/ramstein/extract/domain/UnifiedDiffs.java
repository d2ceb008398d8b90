package org.ramstein.extract.domain;

import java.util.regex.Pattern;

/**
 * A patch to a tracker (a unified diff, as "git show" or "diff -u" print it) read as the text it leaves: the lines it adds
 * and those it keeps, without their one-character marks; the lines it removes are gone, as a struck-out figure is. The
 * commit's message is kept (it says what changed, in words); hashes, file names, modes and line numbers are no text. Pure.
 */
public final class UnifiedDiffs {
    private UnifiedDiffs() {
    }

    /** "@@ -12,10 +12,11 @@ ## Notes": where a hunk starts, and the heading of the part of the file it is in. */
    private static final Pattern HUNK = Pattern.compile("^@@ -\\d+(?:,\\d+)? \\+\\d+(?:,\\d+)? @@ ?(.*)$");
    /** The lines of a patch that name files, modes and commits. */
    private static final Pattern FILE_HEADER = Pattern.compile("^(diff --git |diff -|index [0-9a-f]+\\.\\.|--- |\\+\\+\\+ |new file mode |deleted file mode |"
            + "old mode |new mode |similarity index |rename from |rename to |Binary files |Only in )");
    private static final Pattern COMMIT_HEADER = Pattern.compile("^(commit [0-9a-f]{7,40}\\b|Author: |AuthorDate: |Commit: |CommitDate: |Date: |Merge: )");
    /** "    Update the Nordic table": a commit message is indented by four spaces. */
    private static final String MESSAGE_INDENT = "    ";

    /** Whether a text is a unified diff: a "--- " line, then a "+++ " line, then a hunk's header. */
    public static boolean isUnifiedDiff(String s) {
        if (!s.contains("\n@@ -") || !s.contains("\n+++ ")) return false;
        String[] lines = s.split("\n", -1);
        for (int i = 0; i + 2 < lines.length; i++) {
            if (lines[i].startsWith("--- ") && lines[i + 1].startsWith("+++ ") && HUNK.matcher(lines[i + 2]).matches()) return true;
        }
        return false;
    }

    /** The text a unified diff leaves: what its hunks add and keep, their sections' headings, and the commit's message. */
    public static String textAfter(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean inHunk = false;
        for (String line : s.replace("\r\n", "\n").split("\n", -1)) {
            var hunk = HUNK.matcher(line);
            if (hunk.matches()) {
                inHunk = true;
                if (!hunk.group(1).isBlank()) out.append('\n').append(hunk.group(1).strip()).append('\n');
                continue;
            }
            if (FILE_HEADER.matcher(line).lookingAt() || COMMIT_HEADER.matcher(line).lookingAt()) {
                inHunk = false;
                continue;
            }
            if (inHunk) {
                if (line.isEmpty()) {
                    out.append('\n');
                    continue;
                }
                switch (line.charAt(0)) {
                    case '+', ' ' -> out.append(line, 1, line.length()).append('\n');
                    case '-', '\\' -> { } // a removed line; "\ No newline at end of file"
                    default -> {
                        inHunk = false;
                        out.append(line).append('\n');
                    }
                }
                continue;
            }
            out.append(line.startsWith(MESSAGE_INDENT) ? line.substring(MESSAGE_INDENT.length()) : line).append('\n');
        }
        return out.toString().strip() + "\n";
    }
}
