package org.ramstein.extract;

import java.util.Locale;
import org.ramstein.common.ValidationException;
import org.ramstein.extract.domain.Markup;

/**
 * The text of a calendar (".ics", iCalendar): each event's title and description, lines unfolded ("50" at a line's end and
 * " 0 million" on the next are "500 million") and escapes read ("\," a comma, "\n" a new line). Times, places, attendees
 * and identifiers are the calendar's own and state nothing.
 */
final class CalendarText {

    private CalendarText() {
    }

    static String text(String raw, String name) {
        if (!raw.strip().toUpperCase(Locale.ROOT).startsWith("BEGIN:VCALENDAR")) {
            throw new ValidationException(name + " line 1", "is not an iCalendar file: it does not begin with BEGIN:VCALENDAR");
        }
        // a line that begins with a space or a tab goes on from the line before (RFC 5545, 3.1)
        String unfolded = raw.replaceAll("\r?\n[ \t]", "");
        StringBuilder out = new StringBuilder();
        for (String line : unfolded.split("\r?\n")) {
            int colon = line.indexOf(':');
            if (colon <= 0) continue;
            String property = line.substring(0, colon);
            int semicolon = property.indexOf(';');
            property = (semicolon < 0 ? property : property.substring(0, semicolon)).toUpperCase(Locale.ROOT);
            if (property.equals("SUMMARY") || property.equals("DESCRIPTION") || property.equals("COMMENT")) {
                String value = unescaped(line.substring(colon + 1)).strip();
                if (!value.isEmpty()) out.append(value).append("\n\n");
            }
        }
        return Markup.plain(out.toString().strip() + "\n");
    }

    /** "\n" or "\N" a new line, "\," "\;" "\\" the character itself. */
    private static String unescaped(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(next == 'n' || next == 'N' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
