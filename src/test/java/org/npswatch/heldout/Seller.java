package org.npswatch.heldout;

import java.util.ArrayList;
import java.util.List;

/**
 * A vendor in the groups: a display name and account id (pseudonymised by npswatch on import), a
 * handle, the groups it posts in, how often, in which language and layout, and its menu over time.
 * Sellers rewrite their ad now and then ({@link #rewriteWeeks}); between rewrites they re-post the
 * same ad with small edits.
 */
final class Seller {
    /**
     * One product on the menu, offered in weeks {@code fromWeek} (inclusive) to {@code toWeek}
     * (exclusive).
     */
    record Item(String subject, Catalogue.Product product, String written, String descriptor, int fromWeek, int toWeek,
            int[] tiers) {
        boolean activeIn(int week) {
            return week >= fromWeek && week < toWeek;
        }
    }

    final int index;
    final String name;
    final String accountId;
    final String handle;
    final String phone;
    final List<Integer> groups;
    final double activity;
    final boolean english;
    final double priceFactor;
    final long adSeed;
    final List<Integer> rewriteWeeks;
    final List<Item> items = new ArrayList<>();

    Seller(int index, String name, String accountId, String handle, String phone, List<Integer> groups, double activity,
            boolean english, double priceFactor, long adSeed, List<Integer> rewriteWeeks) {
        this.index = index;
        this.name = name;
        this.accountId = accountId;
        this.handle = handle;
        this.phone = phone;
        this.groups = List.copyOf(groups);
        this.activity = activity;
        this.english = english;
        this.priceFactor = priceFactor;
        this.adSeed = adSeed;
        this.rewriteWeeks = List.copyOf(rewriteWeeks);
    }

    List<Item> active(int week) {
        return items.stream().filter(i -> i.activeIn(week)).toList();
    }

    boolean offers(String subject, int week) {
        return items.stream().anyMatch(i -> i.subject().equals(subject) && i.activeIn(week));
    }

    /** Which version of the ad is current: the number of rewrites so far. */
    int version(int week) {
        return (int) rewriteWeeks.stream().filter(w -> w <= week).count();
    }

    /** Ends the seller's offer of a subject from a week on (a halving takes sellers away). */
    void stop(String subject, int week) {
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            if (it.subject().equals(subject) && it.toWeek() > week) {
                items.set(i, new Item(it.subject(), it.product(), it.written(), it.descriptor(), it.fromWeek(), week, it.tiers()));
            }
        }
    }
}
