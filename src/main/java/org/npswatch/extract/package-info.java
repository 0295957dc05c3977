/** Ordered chains of small extractors that turn pages and posts into offers; the only package that imports jsoup. */
package org.npswatch.extract;
