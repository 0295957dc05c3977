package org.npswatch.heldout;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.npswatch.heldout.AnswerKey.EventType;
import org.npswatch.heldout.AnswerKey.Role;
import org.npswatch.model.IsoWeek;

/**
 * Writes a held-out history as an outsider would: one Telegram Desktop export per public group,
 * with vendors re-posting menus, buyers asking, chatter and service messages, and beside them the
 * answer key. Each substance has a weekly level of offer posts; counts are drawn around it with the
 * spec's noise; events change the level (doubling, halving), bring a substance or a novel name in,
 * or drop a price. Every offer post that names a substance counts once for it, so the answer key's
 * counts are exactly what an outsider counts in the files.
 *
 * <p>Deterministic for a spec: the same seed writes the same bytes.
 */
public final class HeldOutGenerator {
    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final String[] GROUP_NAMES = {"RC Markt NL 🧪", "Chemie Centrale 020", "Research Chem NL/BE", "Party Plug Randstad 🎉",
        "Poeder Plein NL"};
    private static final String[] NAME_A = {"Chemie", "RC", "Lab", "Dutch", "Euro", "Poeder", "Party", "Research", "Noord",
        "Zuid", "Polder", "Maas", "Gracht", "Molen", "Delta", "Tulp", "Kanaal"};
    private static final String[] NAME_B = {"Koerier", "Direct", "Express", "Shop", "Plug", "Connect", "Service", "Deals", "Point",
        "Lijn", "Depot", "Store", "Corner", "Garage"};
    private static final String[] REGIONS = {"020", "010", "030", "070", "040", "050", "NL", "BE", ""};
    private static final String[] NAME_EMOJI = {" 🧪", " 💎", " ⚡", " 🛵", " ✅", " 🇳🇱", "", "", ""};
    private static final double[][] BANDS = {{2, 6}, {6, 10}, {10, 20}, {20, 40}, {40, 60}};

    /** One generated history: its folder, its exports and its answer key. */
    public record Generated(Path dir, List<Path> exports, AnswerKey key) {}

    /** A substance or novel name and its weekly course. */
    private static final class Subject {
        final String name;
        final Catalogue.Product product;
        final Role role;
        final double level;
        final int fromWeek;
        final double[] volume;
        final double[] price;
        int[] counts;

        Subject(String name, Catalogue.Product product, Role role, double level, int fromWeek, int weeks) {
            this.name = name;
            this.product = product;
            this.role = role;
            this.level = level;
            this.fromWeek = fromWeek;
            this.volume = new double[weeks];
            this.price = new double[weeks];
            Arrays.fill(volume, 1.0);
            Arrays.fill(price, 1.0);
        }
    }

    private final HistorySpec spec;
    private final SplittableRandom r;
    private final List<Subject> subjects = new ArrayList<>();
    private final List<AnswerKey.Event> events = new ArrayList<>();
    private final List<Seller> sellers = new ArrayList<>();

    private HeldOutGenerator(HistorySpec spec) {
        this.spec = spec;
        this.r = new SplittableRandom(spec.seed());
    }

    /** Writes the history's exports ({@code group-N/result.json}) and {@code answer-key.json} into {@code dir}. */
    public static Generated write(HistorySpec spec, Path dir) {
        HeldOutGenerator g = new HeldOutGenerator(spec);
        g.planSubjects();
        g.planEvents();
        g.planSellers();
        g.drawCounts();
        return g.writeFiles(dir);
    }

    private int weeks() {
        return spec.weeks();
    }

    // ---- the plan -------------------------------------------------------------------------

    private void planSubjects() {
        List<Catalogue.Product> shuffled = shuffled(Catalogue.PRODUCTS);
        List<Catalogue.Product> fresh = shuffled.stream().filter(Catalogue.Product::nps).limit(spec.newSubstances()).toList();
        List<Catalogue.Product> present = shuffled.stream().filter(p -> !fresh.contains(p)).limit(spec.presentSubstances()).toList();
        if (present.size() < spec.presentSubstances()) {
            throw new IllegalArgumentException("the catalogue has only " + (Catalogue.PRODUCTS.size() - fresh.size())
                    + " substances besides the new ones");
        }
        int[] perBand = bandSizes(present.size());
        int i = 0;
        for (int band = 0; band < BANDS.length; band++) {
            for (int k = 0; k < perBand[band]; k++, i++) {
                Catalogue.Product p = present.get(i);
                subjects.add(new Subject(p.canonical(), p, Role.PRESENT, logUniform(BANDS[band][0], BANDS[band][1]), 0, weeks()));
            }
        }
        for (Catalogue.Product p : fresh) {
            int week = r.nextInt(2, weeks() - 1);
            Subject s = new Subject(p.canonical(), p, Role.NEW, logUniform(2, 12), week, weeks());
            subjects.add(s);
            events.add(new AnswerKey.Event(EventType.NEW_SUBSTANCE, s.name, week, s.level, 1));
        }
        List<String> novel = shuffled(Catalogue.NOVEL_NAMES);
        for (int k = 0; k < Math.min(spec.unknownNames(), novel.size()); k++) {
            String name = novel.get(k);
            Catalogue.Product p = new Catalogue.Product(name, true, Catalogue.Unit.GRAM, 20, List.of(name), List.of(),
                    List.of("kristal", "HCl"), "🧪");
            int week = r.nextInt(2, weeks() - 1);
            Subject s = new Subject(name, p, Role.NOVEL_NAME, 2 + 3 * r.nextDouble(), week, weeks());
            subjects.add(s);
            events.add(new AnswerKey.Event(EventType.NOVEL_NAME, name, week, s.level, 1));
        }
    }

    /** Nine in fourteen substances at 10 a week or more (three bands), the rest below. */
    private static int[] bandSizes(int n) {
        int high = (int) Math.round(n * 9 / 14.0);
        int low = n - high;
        int lowest = (int) Math.ceil(low * 3 / 5.0);
        return new int[] {lowest, low - lowest, high - 2 * (high / 3), high / 3, high / 3};
    }

    private void planEvents() {
        List<Subject> used = new ArrayList<>();
        double[][] doublingBands = {{10, 20}, {20, 40}, {40, Double.MAX_VALUE}};
        for (int k = 0; k < spec.doublings(); k++) {
            double[] band = doublingBands[k % 3];
            pick(used, s -> s.level >= band[0] && s.level < band[1])
                    .or(() -> pick(used, s -> s.level >= 10))
                    .ifPresent(s -> volumeEvent(s, EventType.DOUBLING, 2.0, used));
        }
        for (int k = 0; k < spec.halvings(); k++) {
            pick(used, s -> s.level >= 10).ifPresent(s -> volumeEvent(s, EventType.HALVING, 0.5, used));
        }
        for (int k = 0; k < spec.priceDrops(); k++) {
            pick(used, s -> s.level >= 6 && s.product.unit() == Catalogue.Unit.GRAM && s.product.unitPrice() >= 5)
                    .or(() -> pick(used, s -> s.level >= 6))
                    .ifPresent(s -> {
                        int week = onsetWeek();
                        Arrays.fill(s.price, week, weeks(), 0.7);
                        used.add(s);
                        events.add(new AnswerKey.Event(EventType.PRICE_DROP, s.name, week, s.level, 0.7));
                    });
        }
    }

    private void volumeEvent(Subject s, EventType type, double factor, List<Subject> used) {
        int week = onsetWeek();
        Arrays.fill(s.volume, week, weeks(), factor);
        used.add(s);
        events.add(new AnswerKey.Event(type, s.name, week, s.level, factor));
    }

    /** Volume and price events start after nine weeks (a whole baseline) and two weeks before the end. */
    private int onsetWeek() {
        return r.nextInt(9, weeks() - 2);
    }

    private Optional<Subject> pick(List<Subject> used, java.util.function.Predicate<Subject> ok) {
        List<Subject> candidates = subjects.stream().filter(s -> s.role == Role.PRESENT && !used.contains(s) && ok.test(s)).toList();
        return candidates.isEmpty() ? Optional.empty() : Optional.of(candidates.get(r.nextInt(candidates.size())));
    }

    private void planSellers() {
        List<Subject> present = subjects.stream().filter(s -> s.role == Role.PRESENT).toList();
        for (Subject s : present) {
            int n = Math.max(1, (int) Math.round(s.level / 7 + r.nextDouble() * 0.8));
            for (int k = 0; k < n; k++) {
                Seller seller = newSeller();
                seller.items.add(item(s, 0));
                if (r.nextDouble() < 0.35) {
                    for (Subject other : sample(present, r.nextInt(1, 3))) {
                        if (other != s) {
                            seller.items.add(item(other, 0));
                        }
                    }
                }
            }
        }
        List<Seller> menus = new ArrayList<>();
        for (int k = 0; k < 2 * spec.groups(); k++) {
            Seller seller = newSeller();
            sample(present, r.nextInt(3, 7)).forEach(s -> seller.items.add(item(s, 0)));
            menus.add(seller);
        }
        for (Subject s : subjects) {
            if (s.role != Role.PRESENT) {
                int n = s.role == Role.NEW && s.level > 6 ? 2 : 1;
                for (int k = 0; k < n; k++) {
                    newSeller().items.add(item(s, s.fromWeek));
                }
                if (s.role == Role.NEW || r.nextDouble() < 0.5) {
                    menus.get(r.nextInt(menus.size())).items.add(item(s, s.fromWeek));
                }
            }
        }
        for (AnswerKey.Event e : events) {
            Subject s = subject(e.subject());
            if (e.type() == EventType.DOUBLING) {
                long primary = sellers.stream().filter(x -> x.offers(s.name, e.week()) && x.items.size() == 1).count();
                for (long k = 0; k < Math.max(1, (primary + 1) / 2); k++) {
                    newSeller().items.add(item(s, e.week()));
                }
            } else if (e.type() == EventType.HALVING) {
                List<Seller> offering = new ArrayList<>(sellers.stream().filter(x -> x.offers(s.name, e.week())).toList());
                shuffleInPlace(offering);
                for (int k = 0; k < offering.size() / 2; k++) {
                    offering.get(k).stop(s.name, e.week());
                }
            }
        }
    }

    private Seller newSeller() {
        int index = sellers.size();
        String base = NAME_A[r.nextInt(NAME_A.length)] + " " + NAME_B[r.nextInt(NAME_B.length)];
        String region = REGIONS[r.nextInt(REGIONS.length)];
        String name = base + (region.isEmpty() ? "" : " " + region) + NAME_EMOJI[r.nextInt(NAME_EMOJI.length)];
        String handle = "@" + base.toLowerCase(java.util.Locale.ROOT).replace(" ", r.nextBoolean() ? "_" : "") + region.toLowerCase(java.util.Locale.ROOT)
                + (r.nextDouble() < 0.5 ? Integer.toString(r.nextInt(10, 100)) : "");
        String phone = "06 %02d %02d %02d %02d".formatted(r.nextInt(10, 100), r.nextInt(100), r.nextInt(100), r.nextInt(100));
        List<Integer> groups = new ArrayList<>();
        groups.add(spec.groups() == 1 || r.nextDouble() < 0.4 ? 0 : r.nextInt(spec.groups()));
        if (spec.groups() > 1 && r.nextDouble() < 0.3) {
            int other = r.nextInt(spec.groups());
            if (!groups.contains(other)) {
                groups.add(other);
            }
        }
        double activity = Math.exp(0.6 * gaussian());
        List<Integer> rewrites = new ArrayList<>();
        for (int w = r.nextInt(4, 11); w < weeks(); w += r.nextInt(4, 11)) {
            rewrites.add(w);
        }
        Seller s = new Seller(index, name, "user" + (5_000_000_000L + index * 104_729L + r.nextInt(100_000)), handle, phone, groups,
                activity, r.nextDouble() < 0.3, 0.85 + 0.3 * r.nextDouble(), r.nextLong(), rewrites);
        sellers.add(s);
        return s;
    }

    private Seller.Item item(Subject s, int fromWeek) {
        Catalogue.Product p = s.product;
        String written;
        if (!p.streetNames().isEmpty() && r.nextDouble() < 0.1) {
            written = p.streetNames().get(r.nextInt(p.streetNames().size()));
        } else {
            written = p.spellings().size() == 1 || r.nextDouble() < 0.5 ? p.spellings().getFirst()
                    : p.spellings().get(r.nextInt(1, p.spellings().size()));
        }
        String descriptor = !p.descriptors().isEmpty() && r.nextDouble() < 0.4 ? p.descriptors().get(r.nextInt(p.descriptors().size())) : "";
        return new Seller.Item(s.name, p, written, descriptor, fromWeek, weeks(), tiers(p));
    }

    private int[] tiers(Catalogue.Product p) {
        int[][] options = switch (p.unit()) {
            case GRAM -> p.unitPrice() < 2 ? new int[][] {{15, 30}} : p.unitPrice() < 5 ? new int[][] {{10, 25, 50}}
                    : new int[][] {{1, 5, 10}, {1, 2, 5}, {1, 5, 10, 25}, {5, 10, 25}};
            case PILL -> new int[][] {{10, 25, 50}, {5, 10, 25}};
            case BLOTTER -> new int[][] {{5, 10, 25}};
            case PELLET -> new int[][] {{10, 20, 50}};
            case ML -> new int[][] {{50, 100, 250}};
        };
        return options[r.nextInt(options.length)];
    }

    private void drawCounts() {
        for (Subject s : subjects) {
            s.counts = new int[weeks()];
            for (int w = s.fromWeek; w < weeks(); w++) {
                double days = w == weeks() - 1 ? spec.lastWeekDays() : 7;
                int n = spec.noise().draw(s.level * s.volume[w] * days / 7, r);
                // the week a substance appears is the week it is first offered: at least once
                s.counts[w] = w == s.fromWeek && s.role != Role.PRESENT ? Math.max(1, n) : n;
            }
        }
    }

    // ---- the posts ----------------------------------------------------------------------------

    private Generated writeFiles(Path dir) {
        List<List<Message>> byGroup = new ArrayList<>();
        IntStream.range(0, spec.groups()).forEach(g -> byGroup.add(new ArrayList<>()));
        for (int w = 0; w < weeks(); w++) {
            int[] offersInGroup = offers(w, byGroup);
            for (int g = 0; g < spec.groups(); g++) {
                talk(w, g, offersInGroup[g], byGroup.get(g));
            }
        }
        ExportWriter writer = new ExportWriter(AMSTERDAM);
        List<Path> exports = new ArrayList<>();
        List<AnswerKey.Export> exported = new ArrayList<>();
        for (int g = 0; g < spec.groups(); g++) {
            List<Message> messages = byGroup.get(g);
            messages.sort(Comparator.comparing(Message::at));
            String groupName = GROUP_NAMES[g % GROUP_NAMES.length] + (g >= GROUP_NAMES.length ? " " + (g + 1) : "");
            Path file = dir.resolve("group-" + (g + 1)).resolve("result.json");
            writer.write(file, groupName, 1_600_000_000L + Math.floorMod(spec.seed(), 1_000_000) * 10 + g, messages,
                    r.nextInt(200, 5_000), r);
            exports.add(file);
            exported.add(new AnswerKey.Export(dir.relativize(file).toString(), groupName, messages.size()));
        }
        checkCounts(byGroup);
        List<String> isoWeeks = IntStream.range(0, weeks()).mapToObj(w -> IsoWeek.of(spec.start().plusWeeks(w)).toString()).toList();
        List<AnswerKey.SubstanceTruth> truths = subjects.stream()
                .map(s -> new AnswerKey.SubstanceTruth(s.name, s.role, round2(s.level), Arrays.stream(s.counts).boxed().toList()))
                .toList();
        List<AnswerKey.Event> sorted = events.stream().sorted(Comparator.comparingInt(AnswerKey.Event::week)
                .thenComparing(AnswerKey.Event::subject)).map(e -> new AnswerKey.Event(e.type(), e.subject(), e.week(), round2(e.level()),
                        e.factor())).toList();
        AnswerKey key = new AnswerKey(spec.seed(), spec.noise().label(), isoWeeks, exported, truths, sorted);
        key.write(dir);
        return new Generated(dir, exports, key);
    }

    /**
     * The week's offer posts: until every subject has its count, a subject is drawn (in proportion
     * to what it still needs), then one of its sellers, who posts the menu: the subject and most of
     * the seller's other products still needed this week.
     *
     * @return offer posts per group
     */
    private int[] offers(int w, List<List<Message>> byGroup) {
        Map<String, Integer> remaining = new LinkedHashMap<>();
        subjects.forEach(s -> remaining.put(s.name, s.counts[w]));
        int total = remaining.values().stream().mapToInt(Integer::intValue).sum();
        int[] perGroup = new int[spec.groups()];
        while (total > 0) {
            String anchor = weighted(remaining);
            List<Seller> candidates = sellers.stream().filter(s -> s.offers(anchor, w)).toList();
            if (candidates.isEmpty()) {
                throw new IllegalStateException("no seller offers " + anchor + " in week " + w);
            }
            Seller seller = weightedSeller(candidates);
            List<Seller.Item> items = new ArrayList<>();
            for (Seller.Item it : seller.active(w)) {
                if (it.subject().equals(anchor) || remaining.get(it.subject()) > 0 && r.nextDouble() < 0.85) {
                    items.add(it);
                    remaining.merge(it.subject(), -1, Integer::sum);
                    total--;
                }
            }
            int group = seller.groups.get(r.nextInt(seller.groups.size()));
            Instant at = timeIn(w);
            boolean edited = r.nextDouble() < 0.05;
            byGroup.get(group).add(new Message(at, Message.Kind.OFFER, seller.name, seller.accountId,
                    AdTexts.offer(seller, items, w, subject -> subject(subject).price[w], r), Optional.empty(), r.nextDouble() < 0.3,
                    edited ? Optional.of(at.plusSeconds(r.nextInt(60, 1800))) : Optional.empty(),
                    items.stream().map(Seller.Item::subject).toList()));
            perGroup[group]++;
        }
        return perGroup;
    }

    /** Requests, questions, vouches, warnings, chatter, moderators, welcomes, joins: about a third as many as offers. */
    private void talk(int w, int g, int offers, List<Message> out) {
        int n = CountNoise.poisson(0.3 * offers + 2, r);
        Map<String, Integer> offeredNow = new HashMap<>();
        subjects.forEach(s -> offeredNow.put(s.name, s.counts[w]));
        List<Seller> here = sellers.stream().filter(s -> s.groups.contains(g) && !s.active(w).isEmpty()).toList();
        String admin = "Mod | " + GROUP_NAMES[g % GROUP_NAMES.length];
        String adminId = "user" + (3_358_500_000L + g);
        for (int k = 0; k < n; k++) {
            Instant at = timeIn(w);
            GroupTalk.Member m = GroupTalk.Member.of(g, r.nextInt(400));
            double roll = r.nextDouble();
            boolean anySubject = offeredNow.values().stream().anyMatch(c -> c > 0);
            if (roll < 0.30) {
                String subject = anySubject && r.nextDouble() < 0.8 ? weighted(offeredNow) : null;
                out.add(new Message(at, Message.Kind.REQUEST, m.name(), m.accountId(),
                        GroupTalk.request(subject == null ? null : asBuyerWrites(subject), r), Optional.empty(), false, Optional.empty(),
                        subject == null ? List.of() : List.of(subject)));
            } else if (roll < 0.38 && anySubject) {
                out.add(other(at, m, GroupTalk.question(asBuyerWrites(weighted(offeredNow)), r)));
            } else if (roll < 0.46 && !here.isEmpty()) {
                out.add(other(at, m, GroupTalk.vouch(here.get(r.nextInt(here.size())).handle, r)));
            } else if (roll < 0.50) {
                out.add(other(at, m, GroupTalk.warning(r)));
            } else if (roll < 0.78) {
                out.add(other(at, m, GroupTalk.chatter(r)));
            } else if (roll < 0.82) {
                out.add(new Message(at, Message.Kind.OTHER, admin, adminId, GroupTalk.moderator(r), Optional.empty(), false,
                        Optional.empty(), List.of()));
            } else if (roll < 0.86) {
                out.add(new Message(at, Message.Kind.OTHER, m.name(), m.accountId(), List.of(), Optional.empty(), true, Optional.empty(),
                        List.of()));
            } else if (roll < 0.91) {
                out.add(new Message(at, Message.Kind.SERVICE, m.name(), m.accountId(), List.of(), Optional.of("join_group_by_link"),
                        false, Optional.empty(), List.of()));
                out.add(new Message(at.plusSeconds(r.nextInt(5, 120)), Message.Kind.OTHER, "Groepsbot 🤖", "user" + (5_912_000_000L + g),
                        GroupTalk.welcome(m.name()), Optional.empty(), false, Optional.empty(), List.of()));
            } else {
                out.add(new Message(at, Message.Kind.SERVICE, m.name(), m.accountId(), List.of(), Optional.of("join_group_by_link"),
                        false, Optional.empty(), List.of()));
            }
        }
    }

    private static Message other(Instant at, GroupTalk.Member m, List<Message.Part> text) {
        return new Message(at, Message.Kind.OTHER, m.name(), m.accountId(), text, Optional.empty(), false, Optional.empty(), List.of());
    }

    /** Buyers write names the way sellers do, street names a bit more often. */
    private String asBuyerWrites(String subject) {
        Catalogue.Product p = subject(subject).product;
        if (!p.streetNames().isEmpty() && r.nextDouble() < 0.25) {
            return p.streetNames().get(r.nextInt(p.streetNames().size()));
        }
        return p.spellings().get(r.nextInt(p.spellings().size()));
    }

    /** A moment in week w, Amsterdam time, more often in the afternoon and evening. */
    private Instant timeIn(int w) {
        int days = w == weeks() - 1 ? spec.lastWeekDays() : 7;
        LocalDate day = spec.start().plusWeeks(w).plusDays(r.nextInt(days));
        int hour = r.nextDouble() < 0.15 ? r.nextInt(0, 9) : r.nextInt(9, 24);
        LocalDateTime local = LocalDateTime.of(day, LocalTime.of(hour, r.nextInt(60), r.nextInt(60)));
        return local.atZone(AMSTERDAM).toInstant();
    }

    /** The answer key counts what the messages offer; a mismatch is a bug in this generator. */
    private void checkCounts(List<List<Message>> byGroup) {
        Map<String, int[]> seen = new HashMap<>();
        for (List<Message> group : byGroup) {
            for (Message m : group) {
                if (m.kind() == Message.Kind.OFFER) {
                    int w = (int) IsoWeek.of(spec.start()).weeksUntil(IsoWeek.of(LocalDate.ofInstant(m.at(), AMSTERDAM)));
                    m.subjects().forEach(s -> seen.computeIfAbsent(s, k -> new int[weeks()])[w]++);
                }
            }
        }
        for (Subject s : subjects) {
            if (!Arrays.equals(s.counts, seen.getOrDefault(s.name, new int[weeks()]))) {
                throw new IllegalStateException("generated posts of " + s.name + " do not match the answer key");
            }
        }
    }

    // ---- random helpers -----------------------------------------------------------------------

    private Subject subject(String name) {
        return subjects.stream().filter(s -> s.name.equals(name)).findFirst().orElseThrow();
    }

    private String weighted(Map<String, Integer> counts) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        int x = r.nextInt(total);
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            x -= e.getValue();
            if (x < 0) {
                return e.getKey();
            }
        }
        throw new IllegalStateException("weights exhausted");
    }

    private Seller weightedSeller(List<Seller> candidates) {
        double total = candidates.stream().mapToDouble(s -> s.activity).sum();
        double x = r.nextDouble() * total;
        for (Seller s : candidates) {
            x -= s.activity;
            if (x < 0) {
                return s;
            }
        }
        return candidates.getLast();
    }

    private double logUniform(double lo, double hi) {
        return Math.exp(Math.log(lo) + r.nextDouble() * (Math.log(hi) - Math.log(lo)));
    }

    private double gaussian() {
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }

    private <T> List<T> shuffled(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        shuffleInPlace(copy);
        return copy;
    }

    private <T> void shuffleInPlace(List<T> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            java.util.Collections.swap(list, i, r.nextInt(i + 1));
        }
    }

    private <T> List<T> sample(List<T> list, int n) {
        return shuffled(list).subList(0, Math.min(n, list.size()));
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
