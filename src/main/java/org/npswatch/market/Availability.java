package org.npswatch.market;

/** Whether a simulated shop answers this week. */
public enum Availability {
    /** Serves its pages. */
    ONLINE,
    /** The server answers every request with 503 Service Unavailable and a Retry-After. */
    UNAVAILABLE,
    /** Nothing listens on the shop's port: connections are refused. */
    DOWN
}
