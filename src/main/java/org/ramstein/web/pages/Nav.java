package org.ramstein.web.pages;

import java.util.List;
import org.ramstein.access.domain.Permission;

/** The dashboard's sections, in the order the header lists them, each shown only to those who may open it. */
public record Nav(String label, String path, String section, Permission needs) {
    public static final List<Nav> ITEMS = List.of(
            new Nav("Overview", "/", "overview", Permission.READ_PUBLIC),
            new Nav("Donors", "/donors", "donors", Permission.READ_PUBLIC),
            new Nav("Systems", "/systems", "systems", Permission.READ_PUBLIC),
            new Nav("Needs", "/needs", "needs", Permission.READ_PUBLIC),
            new Nav("Meetings", "/meetings", "meetings", Permission.READ_PUBLIC),
            new Nav("What changed", "/changes", "changes", Permission.READ_PUBLIC),
            new Nav("Review", "/review", "review", Permission.READ_INTERNAL),
            new Nav("Enter data", "/enter", "enter", Permission.READ_INTERNAL),
            new Nav("Import", "/import", "import", Permission.IMPORT_DATA),
            new Nav("Audit", "/audit", "audit", Permission.READ_AUDIT),
            new Nav("Users", "/admin/users", "users", Permission.MANAGE_USERS));

    /** The sections {@code visitor} may open. */
    public static List<Nav> forVisitor(View.Visitor visitor) {
        return ITEMS.stream().filter(n -> visitor.may(n.needs())).toList();
    }
}
