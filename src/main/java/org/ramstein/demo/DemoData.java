package org.ramstein.demo;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.ramstein.App;
import org.ramstein.catalog.domain.CatalogItem;
import org.ramstein.common.DomainException;
import org.ramstein.common.FieldError;
import org.ramstein.common.ValidationException;
import org.ramstein.ledger.LedgerService;
import org.ramstein.ledger.domain.AidType;
import org.ramstein.ledger.domain.Capabilities;
import org.ramstein.ledger.domain.Codes;
import org.ramstein.ledger.domain.Donor;
import org.ramstein.ledger.domain.EntryDraft;
import org.ramstein.ledger.domain.EntryKind;
import org.ramstein.ledger.domain.FundingRoute;
import org.ramstein.ledger.domain.FuzzyDate;
import org.ramstein.ledger.domain.LineDraft;
import org.ramstein.ledger.domain.MeetingDraft;
import org.ramstein.ledger.domain.Money;
import org.ramstein.ledger.domain.NeedDraft;
import org.ramstein.ledger.domain.NeedStatus;
import org.ramstein.ledger.domain.PledgeDraft;
import org.ramstein.ledger.domain.Qualifier;
import org.ramstein.ledger.domain.Quantity;
import org.ramstein.ledger.domain.Visibility;
import org.ramstein.sources.domain.Observation;
import org.ramstein.sources.domain.Source;
import org.ramstein.sources.domain.SourceKind;
import org.ramstein.sources.domain.SourceRef;

/**
 * Loads the demo dataset ({@value #RESOURCE}): real pledges, deliveries, needs and meetings of 2022-2024, each cited with
 * the exact words of a named text (or a general-knowledge source that says so), plus the aggregates those texts report.
 *
 * <p>The whole file is read and checked first (every problem named by its JSON path, catalogue items and donors resolved),
 * so a malformed file writes nothing. Facts then go through {@link LedgerService}, the same validation users face;
 * sources and observations, which have no service command, are written with the ledger writer. Loading into a database
 * that already holds the dataset writes nothing and says so.
 */
public final class DemoData {
    public static final String RESOURCE = "demo/demo.json";
    static final String FORMAT = "ramstein-demo";
    static final int VERSION = 1;

    private static final String ID_PATTERN = "[A-Za-z0-9._:-]{1,80}";
    private static final Set<String> MEASURES = Set.of(Observation.PLEDGED, Observation.DELIVERED, Observation.ORDERED,
            Observation.AGGREGATE, Observation.VALUE);

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private DemoData() {
    }

    /** Loads the bundled dataset. */
    public static DemoSummary load(App app) {
        try (InputStream in = DemoData.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) throw new DemoDataException(RESOURCE, "", "the build is missing this resource");
            return load(app, in, RESOURCE);
        } catch (IOException e) {
            throw new DemoDataException(RESOURCE, "", "cannot be read: " + e.getMessage());
        }
    }

    /** Loads a dataset in the demo format from {@code json}; {@code name} names it in errors. */
    public static DemoSummary load(App app, InputStream json, String name) {
        DemoFile file = parse(json, name);
        Plan plan = new Planner(app, name).plan(file);
        // one transaction: the dataset is loaded whole or not at all, and recorded in the audit trail once
        return app.ledger().write(w -> plan.write(app, name));
    }

    static DemoFile parse(InputStream json, String name) {
        try {
            DemoFile file = JSON.readValue(json, DemoFile.class);
            if (file == null) throw new DemoDataException(name, "", "is empty");
            return file;
        } catch (JsonMappingException e) {
            String path = jsonPath(e.getPath());
            throw new DemoDataException(name, path.isEmpty() ? "(top level)" : path, e.getOriginalMessage() + at(e.getLocation()));
        } catch (JsonProcessingException e) {
            throw new DemoDataException(name, "(syntax)", e.getOriginalMessage() + at(e.getLocation()));
        } catch (IOException e) {
            throw new DemoDataException(name, "", "cannot be read: " + e.getMessage());
        }
    }

    private static String at(JsonLocation location) {
        return location == null || location.getLineNr() < 0 ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static String jsonPath(List<JsonMappingException.Reference> refs) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                if (!sb.isEmpty()) sb.append('.');
                sb.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    // ----------------------------------------------------------------------------------------------------------------
    // The checked plan: what will be written, in order, each command with the JSON path it came from.

    private record SourcePlan(String id, SourceKind kind, String title, String publisher, String url, LocalDate publishedOn) {
    }

    private record MeetingPlan(String path, MeetingDraft draft) {
    }

    private record PledgePlan(String path, PledgeDraft draft) {
    }

    private record RestatePlan(String path, String pledgeId, int line, Quantity quantity, Money value, String reason, List<SourceRef> sources) {
    }

    private record EntryPlan(String path, String pledgeId, int line, EntryKind kind, Long quantity, Money amount, FuzzyDate happened,
                             String route, String note, List<SourceRef> sources) {
    }

    private record SameAsPlan(String path, String pledgeId, String sameAsId, String reason) {
    }

    private record StatusPlan(String path, NeedStatus status, LocalDate on, String note) {
    }

    private record NeedPlan(String path, NeedDraft draft, List<StatusPlan> statuses) {
    }

    private record ObservationPlan(String id, String sourceId, String donorCode, String donorText, String itemId, String itemText,
                                   String category, String measure, Quantity quantity, String unit, Money amount, FuzzyDate observed,
                                   String statusText, String url, String quote) {
        Observation at(long recordedAt) {
            return new Observation(id, "text", sourceId, null, null, donorCode, donorText, itemId, itemText, category, measure, quantity,
                    unit, amount == null ? null : amount.cents(), amount == null ? null : amount.currency(), observed, statusText, url,
                    quote, recordedAt);
        }
    }

    private record Plan(String recordedBy, List<SourcePlan> sources, List<MeetingPlan> meetings, List<PledgePlan> pledges,
                        List<RestatePlan> restatements, List<EntryPlan> entries, List<SameAsPlan> sameAs, List<NeedPlan> needs,
                        List<ObservationPlan> observations) {

        DemoSummary summary(boolean alreadyLoaded) {
            int lines = pledges.stream().mapToInt(p -> p.draft().lines().size()).sum();
            int deliveries = (int) entries.stream().filter(e -> e.kind() == EntryKind.DELIVERY).count();
            int statusChanges = needs.stream().mapToInt(n -> n.statuses().size()).sum();
            return new DemoSummary(alreadyLoaded, sources.size(), meetings.size(), pledges.size(), lines, restatements.size(), deliveries,
                    entries.size() - deliveries, sameAs.size(), needs.size(), statusChanges, observations.size());
        }

        DemoSummary write(App app, String name) {
            if (alreadyPresent(app, name)) return summary(true);
            LedgerService service = app.ledgerService();
            app.ledger().write(w -> {
                long now = app.ledger().clock().nowMicros();
                for (SourcePlan s : sources) {
                    boolean entered = s.kind() == SourceKind.GENERAL_KNOWLEDGE || s.kind() == SourceKind.MANUAL;
                    w.source(new Source(s.id(), s.kind(), s.title(), s.publisher(), s.url(), s.publishedOn(), null,
                            entered ? recordedBy : null, null, now));
                }
                return null;
            });
            for (MeetingPlan m : meetings) at(name, m.path(), () -> service.recordMeeting(m.draft()));
            Map<String, List<String>> lineIds = new HashMap<>();
            for (PledgePlan p : pledges) {
                lineIds.put(p.draft().id(), at(name, p.path(), () -> service.recordPledge(p.draft())).lineIds());
            }
            for (RestatePlan r : restatements) {
                String lineId = lineIds.get(r.pledgeId()).get(r.line() - 1);
                at(name, r.path(), () -> service.restateCommitment(lineId, r.quantity(), r.value(), r.reason(), r.sources(), recordedBy));
            }
            for (EntryPlan e : entries) {
                String lineId = lineIds.get(e.pledgeId()).get(e.line() - 1);
                at(name, e.path(), () -> service.recordEntry(new EntryDraft(e.kind(), lineId, e.quantity(), e.amount(), e.happened(),
                        e.route(), e.note(), e.sources(), recordedBy)));
            }
            for (SameAsPlan s : sameAs) {
                at(name, s.path(), () -> {
                    service.markSameAs(s.pledgeId(), s.sameAsId(), s.reason(), recordedBy);
                    return null;
                });
            }
            for (NeedPlan n : needs) {
                String needId = at(name, n.path(), () -> service.recordNeed(n.draft()));
                for (StatusPlan s : n.statuses()) {
                    at(name, s.path(), () -> {
                        service.changeNeedStatus(needId, s.status(), s.on(), s.note(), recordedBy);
                        return null;
                    });
                }
            }
            app.ledger().write(w -> {
                long now = app.ledger().clock().nowMicros();
                for (ObservationPlan o : observations) w.observation(o.at(now));
                return null;
            });
            return summary(false);
        }

        /** True when every row of the dataset is already there; an error when only part of it is. */
        private boolean alreadyPresent(App app, String name) {
            Map<String, List<String>> ids = new LinkedHashMap<>();
            ids.put("source", sources.stream().map(SourcePlan::id).toList());
            ids.put("meeting", meetings.stream().map(m -> m.draft().id()).toList());
            ids.put("pledge", pledges.stream().map(p -> p.draft().id()).toList());
            ids.put("need", needs.stream().map(n -> n.draft().id()).toList());
            ids.put("observation", observations.stream().map(ObservationPlan::id).toList());
            int wanted = 0;
            int found = 0;
            for (var e : ids.entrySet()) {
                if (e.getValue().isEmpty()) continue;
                wanted += e.getValue().size();
                found += app.database().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + e.getKey() + " WHERE id IN (<ids>)")
                        .bindList("ids", e.getValue()).mapTo(Integer.class).one());
            }
            if (found == 0) return false;
            if (found == wanted) return true;
            throw new DemoDataException(name, "", "the database holds part of this dataset (" + found + " of " + wanted
                    + " identified rows); load it into an empty database");
        }
    }

    /** Runs one service command; a refusal is reported at the JSON path of the object that caused it. */
    private static <T> T at(String name, String path, Supplier<T> command) {
        try {
            return command.get();
        } catch (ValidationException e) {
            throw new DemoDataException(name, e.errors().stream().map(f -> new FieldError(path + "." + f.field(), f.message())).toList());
        } catch (DemoDataException e) {
            throw e;
        } catch (DomainException e) {
            throw new DemoDataException(name, path, e.getMessage());
        }
    }

    // ----------------------------------------------------------------------------------------------------------------
    // Reading the file into a plan, naming every problem by its JSON path.

    private static final class Planner {
        private final App app;
        private final String name;
        private final List<FieldError> errors = new ArrayList<>();
        private final Map<String, SourcePlan> sourcesById = new HashMap<>();
        private final Map<String, Integer> linesByPledge = new HashMap<>();
        private final Set<String> meetingIds = new HashSet<>();
        private String recordedBy;

        Planner(App app, String name) {
            this.app = app;
            this.name = name;
        }

        Plan plan(DemoFile f) {
            require(FORMAT.equals(f.format()), "format", "must be '" + FORMAT + "'");
            require(f.version() != null && f.version() == VERSION, "version", "must be " + VERSION);
            recordedBy = f.recordedBy() == null || f.recordedBy().isBlank() ? "demo" : f.recordedBy().trim();

            List<SourcePlan> sources = new ArrayList<>();
            forEach(f.sources(), "sources", (p, s) -> source(p, s).ifPresent(sources::add));
            List<MeetingPlan> meetings = new ArrayList<>();
            forEach(f.meetings(), "meetings", (p, m) -> meetings.add(new MeetingPlan(p, meeting(p, m))));
            List<PledgePlan> pledges = new ArrayList<>();
            forEach(f.pledges(), "pledges", (p, x) -> pledges.add(new PledgePlan(p, pledge(p, x))));
            List<RestatePlan> restatements = new ArrayList<>();
            forEach(f.restatements(), "restatements", (p, r) -> restatements.add(restatement(p, r)));
            List<EntryPlan> entries = new ArrayList<>();
            forEach(f.entries(), "entries", (p, e) -> entries.add(entry(p, e)));
            List<SameAsPlan> sameAs = new ArrayList<>();
            forEach(f.sameAs(), "sameAs", (p, s) -> sameAs.add(sameAs(p, s)));
            List<NeedPlan> needs = new ArrayList<>();
            Set<String> needIds = new HashSet<>();
            forEach(f.needs(), "needs", (p, n) -> {
                require(n.id() == null || needIds.add(n.id()), p + ".id", "'" + n.id() + "' is used twice");
                needs.add(need(p, n));
            });
            List<ObservationPlan> observations = new ArrayList<>();
            Set<String> observationIds = new HashSet<>();
            forEach(f.observations(), "observations", (p, o) -> {
                require(o.id() == null || observationIds.add(o.id()), p + ".id", "'" + o.id() + "' is used twice");
                observations.add(observation(p, o));
            });
            if (!errors.isEmpty()) throw new DemoDataException(name, errors);
            return new Plan(recordedBy, sources, meetings, pledges, restatements, entries, sameAs, needs, observations);
        }

        private interface Step<T> {
            void accept(String path, T item);
        }

        private <T> void forEach(List<T> list, String path, Step<T> step) {
            if (list == null) return;
            for (int i = 0; i < list.size(); i++) {
                String p = path + "[" + i + "]";
                if (list.get(i) == null) errors.add(new FieldError(p, "is empty"));
                else step.accept(p, list.get(i));
            }
        }

        private Optional<SourcePlan> source(String p, DemoFile.SourceJson s) {
            boolean idOk = id(p + ".id", s.id());
            if (idOk && sourcesById.containsKey(s.id())) {
                errors.add(new FieldError(p + ".id", "'" + s.id() + "' is used twice"));
                idOk = false;
            }
            SourceKind kind = code(p + ".kind", s.kind(), SourceKind.class, true);
            String url = blankToNull(s.url());
            if (kind == SourceKind.WEB) require(url != null, p + ".url", "is required for a web source");
            if (kind == SourceKind.GENERAL_KNOWLEDGE) {
                require(url == null, p + ".url", "a general-knowledge source has no address (say what it is in the title)");
            }
            if (kind == SourceKind.DOCUMENT || kind == SourceKind.GENERAL_KNOWLEDGE || kind == SourceKind.DATASET) {
                require(!blank(s.title()), p + ".title", "is required for a " + kind.code() + " source");
            }
            if (url != null) require(url.matches("(?i)https?://\\S+"), p + ".url", "must be an http(s) address");
            LocalDate published = day(p + ".publishedOn", s.publishedOn(), false);
            if (!idOk || kind == null) return Optional.empty();
            SourcePlan plan = new SourcePlan(s.id(), kind, blankToNull(s.title()), blankToNull(s.publisher()), url, published);
            sourcesById.put(s.id(), plan);
            return Optional.of(plan);
        }

        private List<SourceRef> cites(String p, List<DemoFile.CiteJson> cites, boolean required) {
            List<SourceRef> refs = new ArrayList<>();
            if (cites == null || cites.isEmpty()) {
                if (required) errors.add(new FieldError(p, "at least one citation is required"));
                return refs;
            }
            for (int i = 0; i < cites.size(); i++) {
                String cp = p + "[" + i + "]";
                DemoFile.CiteJson c = cites.get(i);
                if (c == null) {
                    errors.add(new FieldError(cp, "is empty"));
                    continue;
                }
                SourcePlan s = sourceRef(cp + ".source", c.source());
                if (s == null) continue;
                if (s.kind() != SourceKind.GENERAL_KNOWLEDGE && s.kind() != SourceKind.MANUAL && s.kind() != SourceKind.DATASET) {
                    require(!blank(c.quote()), cp + ".quote", "the exact words of '" + s.id() + "' that support the fact are required");
                }
                refs.add(new SourceRef(s.id(), null, null, null, null, null, blankToNull(c.quote()), blankToNull(c.locator())));
            }
            return refs;
        }

        private SourcePlan sourceRef(String p, String id) {
            if (blank(id)) {
                errors.add(new FieldError(p, "is required (the id of one of this file's sources)"));
                return null;
            }
            SourcePlan s = sourcesById.get(id);
            if (s == null) errors.add(new FieldError(p, "'" + id + "' is not one of this file's sources"));
            return s;
        }

        private MeetingDraft meeting(String p, DemoFile.MeetingJson m) {
            if (id(p + ".id", m.id())) require(meetingIds.add(m.id()), p + ".id", "'" + m.id() + "' is used twice");
            LocalDate heldOn = day(p + ".heldOn", m.heldOn(), true);
            require(!blank(m.place()), p + ".place", "is required");
            require(!blank(m.title()), p + ".title", "is required");
            return new MeetingDraft(m.id(), heldOn, m.place(), m.title(), blank(m.format()) ? "udcg" : m.format().trim(),
                    cites(p + ".cite", m.cite(), true), recordedBy);
        }

        private PledgeDraft pledge(String p, DemoFile.PledgeJson x) {
            if (id(p + ".id", x.id())) {
                require(!linesByPledge.containsKey(x.id()), p + ".id", "'" + x.id() + "' is used twice");
                linesByPledge.put(x.id(), x.lines() == null ? 0 : x.lines().size());
            }
            String donor = donor(p + ".donor", x.donor(), true);
            AidType aidType = code(p + ".aidType", x.aidType(), AidType.class, true);
            FuzzyDate announced = fuzzy(p + ".announced", x.announced());
            if (x.meeting() != null) require(meetingIds.contains(x.meeting()), p + ".meeting", "'" + x.meeting() + "' is not one of this file's meetings");
            Visibility visibility = code(p + ".visibility", x.visibility(), Visibility.class, false);
            List<LineDraft> lines = new ArrayList<>();
            if (x.lines() == null || x.lines().isEmpty()) errors.add(new FieldError(p + ".lines", "a pledge needs at least one line"));
            forEach(x.lines(), p + ".lines", (lp, l) -> lines.add(line(lp, l)));
            return new PledgeDraft(x.id(), donor, aidType, blankToNull(x.title()), announced, x.meeting(), visibility, lines,
                    cites(p + ".cite", x.cite(), true), recordedBy);
        }

        private LineDraft line(String p, DemoFile.LineJson l) {
            String item = null;
            if (!blank(l.item())) item = item(p + ".item", l.item()).map(CatalogItem::id).orElse(null);
            else require(!blank(l.category()), p + ".category", "is required when no catalogue item is given");
            Quantity quantity = quantity(p + ".quantity", l.quantity());
            Money value = money(p + ".value", l.value());
            FundingRoute route = code(p + ".fundingRoute", l.fundingRoute(), FundingRoute.class, false);
            return new LineDraft(item, blankToNull(l.itemText()), blankToNull(l.category()), quantity, value, route);
        }

        private RestatePlan restatement(String p, DemoFile.RestatementJson r) {
            lineRef(p, r.pledge(), r.line());
            Quantity quantity = quantity(p + ".quantity", r.quantity());
            Money value = money(p + ".value", r.value());
            require(!blank(r.reason()), p + ".reason", "a restatement must say why");
            return new RestatePlan(p, r.pledge(), r.line() == null ? 0 : r.line(), quantity, value, r.reason(),
                    cites(p + ".cite", r.cite(), true));
        }

        private EntryPlan entry(String p, DemoFile.EntryJson e) {
            EntryKind kind = code(p + ".kind", e.kind(), EntryKind.class, true);
            if (kind == EntryKind.COMMITMENT) errors.add(new FieldError(p + ".kind", "must be allocation or delivery (a commitment is a pledge line or a restatement)"));
            lineRef(p, e.pledge(), e.line());
            require(e.quantity() != null || e.amount() != null, p + ".quantity", "a quantity or an amount is required");
            if (e.quantity() != null) require(e.quantity() > 0, p + ".quantity", "must be positive");
            Money amount = money(p + ".amount", e.amount());
            FuzzyDate happened = fuzzy(p + ".happened", e.happened());
            return new EntryPlan(p, e.pledge(), e.line() == null ? 0 : e.line(), kind, e.quantity(), amount, happened,
                    blankToNull(e.route()), blankToNull(e.note()), cites(p + ".cite", e.cite(), true));
        }

        private void lineRef(String p, String pledge, Integer line) {
            Integer lines = pledge == null ? null : linesByPledge.get(pledge);
            if (lines == null) {
                errors.add(new FieldError(p + ".pledge", pledge == null ? "is required" : "'" + pledge + "' is not one of this file's pledges"));
                return;
            }
            if (line == null || line < 1 || line > lines) {
                errors.add(new FieldError(p + ".line", "must be a line number of '" + pledge + "' (1 to " + lines + ")"));
            }
        }

        private SameAsPlan sameAs(String p, DemoFile.SameAsJson s) {
            require(s.pledge() != null && linesByPledge.containsKey(s.pledge()), p + ".pledge", "'" + s.pledge() + "' is not one of this file's pledges");
            require(s.sameAs() != null && linesByPledge.containsKey(s.sameAs()), p + ".sameAs", "'" + s.sameAs() + "' is not one of this file's pledges");
            require(!blank(s.reason()), p + ".reason", "say why these are the same package");
            return new SameAsPlan(p, s.pledge(), s.sameAs(), s.reason());
        }

        private NeedPlan need(String p, DemoFile.NeedJson n) {
            id(p + ".id", n.id());
            require(Capabilities.isKnown(n.capability()), p + ".capability", "must be one of " + String.join(", ", Capabilities.ALL));
            String item = null;
            if (!blank(n.item())) item = item(p + ".item", n.item()).map(CatalogItem::id).orElse(null);
            require(!blank(n.description()), p + ".description", "is required");
            require(n.priority() != null && n.priority() >= 1 && n.priority() <= 5, p + ".priority", "must be 1 (most urgent) to 5");
            Quantity quantity = quantity(p + ".quantity", n.quantity());
            LocalDate neededBy = day(p + ".neededBy", n.neededBy(), false);
            FuzzyDate stated = fuzzy(p + ".stated", n.stated());
            Visibility visibility = code(p + ".visibility", n.visibility(), Visibility.class, false);
            List<StatusPlan> statuses = new ArrayList<>();
            forEach(n.status(), p + ".status", (sp, s) -> {
                NeedStatus status = code(sp + ".status", s.status(), NeedStatus.class, true);
                LocalDate on = day(sp + ".on", s.on(), false);
                if (on != null && stated.date() != null) require(!on.isBefore(stated.date()), sp + ".on", "is before the need was stated");
                statuses.add(new StatusPlan(sp, status, on, blankToNull(s.note())));
            });
            NeedDraft draft = new NeedDraft(n.id(), n.capability(), item, blankToNull(n.category()), n.description(), quantity, n.priority(),
                    neededBy, stated, visibility, cites(p + ".cite", n.cite(), true), recordedBy);
            return new NeedPlan(p, draft, statuses);
        }

        private ObservationPlan observation(String p, DemoFile.ObservationJson o) {
            id(p + ".id", o.id());
            SourcePlan source = sourceRef(p + ".source", o.source());
            if (source != null && source.kind() != SourceKind.GENERAL_KNOWLEDGE && source.kind() != SourceKind.MANUAL) {
                require(!blank(o.quote()), p + ".quote", "the exact words of '" + source.id() + "' are required");
            }
            String donor = blank(o.donor()) ? null : donor(p + ".donor", o.donor(), false);
            CatalogItem item = blank(o.item()) ? null : item(p + ".item", o.item()).orElse(null);
            require(o.measure() != null && MEASURES.contains(o.measure()), p + ".measure", "must be one of " + String.join(", ", MEASURES.stream().sorted().toList()));
            Money amount = money(p + ".amount", o.amount());
            Quantity quantity = observedQuantity(p + ".quantity", o.quantity(), amount != null);
            FuzzyDate observed = fuzzy(p + ".observed", o.observed());
            String category = blank(o.category()) ? (item == null ? null : item.category()) : o.category().trim();
            return new ObservationPlan(o.id(), source == null ? null : source.id(), donor, blankToNull(o.donorText()),
                    item == null ? null : item.id(), blankToNull(o.itemText()), category, o.measure(), quantity, blankToNull(o.unit()), amount,
                    observed, blankToNull(o.statusText()), source == null ? null : source.url(), blankToNull(o.quote()));
        }

        /** An observed money figure may carry its qualifier ("approximately $9.8 billion") on a quantity without a count. */
        private Quantity observedQuantity(String p, DemoFile.QuantityJson q, boolean hasAmount) {
            if (hasAmount && q != null && q.value() == null && q.max() == null) {
                Qualifier qualifier = code(p + ".qualifier", q.qualifier(), Qualifier.class, true);
                return new Quantity(null, null, qualifier == null ? Qualifier.UNSPECIFIED : qualifier);
            }
            return quantity(p, q);
        }

        // --- values

        private Quantity quantity(String p, DemoFile.QuantityJson q) {
            if (q == null) {
                errors.add(new FieldError(p, "is required ({\"qualifier\": \"unspecified\"} when no number is stated)"));
                return Quantity.UNSPECIFIED;
            }
            Qualifier qualifier = code(p + ".qualifier", q.qualifier(), Qualifier.class, true);
            if (qualifier == null) return Quantity.UNSPECIFIED;
            Quantity quantity = new Quantity(q.value(), q.max(), qualifier);
            for (FieldError e : quantity.problems()) errors.add(new FieldError(p + "." + e.field(), e.message()));
            return quantity;
        }

        private Money money(String p, DemoFile.MoneyJson m) {
            if (m == null) return null;
            BigDecimal amount = null;
            try {
                if (m.amount() == null) errors.add(new FieldError(p + ".amount", "is required"));
                else amount = new BigDecimal(m.amount().trim());
            } catch (NumberFormatException e) {
                errors.add(new FieldError(p + ".amount", "'" + m.amount() + "' is not a decimal amount"));
            }
            if (amount != null) require(amount.signum() >= 0, p + ".amount", "must not be negative");
            boolean currencyOk = m.currency() != null && m.currency().matches("[A-Z]{3}");
            require(currencyOk, p + ".currency", "must be an ISO 4217 code such as EUR or USD");
            return amount != null && currencyOk ? new Money(amount, m.currency()) : null;
        }

        private String donor(String p, String text, boolean required) {
            if (blank(text)) {
                if (required) errors.add(new FieldError(p, "is required"));
                return null;
            }
            Optional<Donor> d = app.catalog().donors().resolve(text);
            if (d.isEmpty()) errors.add(new FieldError(p, "'" + text + "' is not a known donor (reference/donors.csv)"));
            return d.map(Donor::code).orElse(null);
        }

        private Optional<CatalogItem> item(String p, String text) {
            Optional<CatalogItem> item = app.catalog().catalog().resolve(text);
            if (item.isEmpty()) errors.add(new FieldError(p, "'" + text + "' is not in the catalogue (reference/catalog.csv)"));
            return item;
        }

        private <E extends Enum<E>> E code(String p, String text, Class<E> type, boolean required) {
            if (blank(text)) {
                if (required) errors.add(new FieldError(p, "is required (" + Codes.allowed(type) + ")"));
                return null;
            }
            E e = Codes.parse(type, text);
            if (e == null) errors.add(new FieldError(p, "'" + text + "' is not one of " + Codes.allowed(type)));
            return e;
        }

        private LocalDate day(String p, String text, boolean required) {
            if (blank(text)) {
                if (required) errors.add(new FieldError(p, "is required (yyyy-mm-dd)"));
                return null;
            }
            try {
                return LocalDate.parse(text.trim());
            } catch (DateTimeParseException e) {
                errors.add(new FieldError(p, "'" + text + "' is not a date (yyyy-mm-dd)"));
                return null;
            }
        }

        /** yyyy-mm-dd, yyyy-mm or yyyy at that precision; null is an unknown date. */
        private FuzzyDate fuzzy(String p, String text) {
            try {
                return FuzzyDate.parse(text);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(p, e.getMessage()));
                return FuzzyDate.UNKNOWN;
            }
        }

        private boolean id(String p, String id) {
            if (id == null || !id.matches(ID_PATTERN)) {
                errors.add(new FieldError(p, id == null ? "is required" : "may hold letters, digits and . _ : - (80 at most)"));
                return false;
            }
            return true;
        }

        private void require(boolean ok, String p, String message) {
            if (!ok) errors.add(new FieldError(p, message));
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }

        private static String blankToNull(String s) {
            return blank(s) ? null : s.trim();
        }
    }
}
