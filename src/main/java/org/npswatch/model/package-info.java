/** Immutable records and sealed types that every stage of the pipeline shares; JDK only. */
package org.npswatch.model;
