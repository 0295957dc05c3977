/** Telegram readers: TDLib, the public web preview and Telegram Desktop exports; pseudonymisation of posters. */
package org.npswatch.fetch.telegram;
