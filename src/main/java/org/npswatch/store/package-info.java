/** The observation ledger and flag state: what was seen when, and triage. */
package org.npswatch.store;
