/** Substance, slang and unit dictionaries from lexicons/, spelling folding, quantity and price parsing, unknown-name recognition. Pure functions. */
package org.npswatch.lexicon;
