/** Typed configuration records read from {@code crawl-config/}, validated once at load with file:line errors. */
package org.npswatch.config;
