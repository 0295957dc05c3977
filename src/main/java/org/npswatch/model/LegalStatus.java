package org.npswatch.model;

/** Status under the Dutch Opium Act (Opiumwet). */
public enum LegalStatus {
    /** List I: hard drugs. */
    OPIUM_ACT_LIST_I,
    /** List II: soft drugs and some NPS such as 3-MMC. */
    OPIUM_ACT_LIST_II,
    /** The proposed generic list IA (groups of designer drugs). */
    PROPOSED_LIST_IA,
    /** Not on any Opium Act list (may still be medicines law). */
    UNLISTED;

    public boolean isScheduled() {
        return this == OPIUM_ACT_LIST_I || this == OPIUM_ACT_LIST_II;
    }
}
