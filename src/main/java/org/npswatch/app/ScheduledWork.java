package org.npswatch.app;

/** What the service does when a job fires: crawl one source, or build the weekly digest. */
@FunctionalInterface
interface ScheduledWork {
    /**
     * Runs the job to completion or until {@code cancel} is requested, then commits what it has.
     *
     * @param job the job's name: a source id, or {@link MonitorService#DIGEST_JOB}
     */
    void run(String job, Cancellation cancel);
}
