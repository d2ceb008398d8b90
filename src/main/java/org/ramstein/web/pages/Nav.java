package org.ramstein.web.pages;

import java.util.List;

/** The dashboard's sections, in the order the header lists them. */
public record Nav(String label, String path, String section) {
    public static final List<Nav> ITEMS = List.of(
            new Nav("Overview", "/", "overview"),
            new Nav("Donors", "/donors", "donors"),
            new Nav("Systems", "/systems", "systems"),
            new Nav("Needs", "/needs", "needs"),
            new Nav("Meetings", "/meetings", "meetings"),
            new Nav("What changed", "/changes", "changes"),
            new Nav("Review", "/review", "review"),
            new Nav("Enter data", "/enter", "enter"),
            new Nav("Import", "/import", "import"));

    /** The sections shown to this page's viewer: the review queue is for signed-in users, and the public's pages do not link it. */
    public static List<Nav> itemsFor(View view) {
        return view.viewer().signedIn() ? ITEMS : ITEMS.stream().filter(n -> !n.section().equals("review")).toList();
    }
}
