/** Fetching: crawler4j for shops, TDLib, web preview and export readers for Telegram; politeness, robots, retries; the WARC evidence archive. */
package org.npswatch.fetch;
