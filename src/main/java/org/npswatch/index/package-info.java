/** Lucene: the one schema owner, indexer, searcher and the analyzers built from the lexicon. */
package org.npswatch.index;
