/** Reading Telegram without TDLib: the public channel web preview and Telegram Desktop exports, with pseudonymisation of posters. */
package org.npswatch.fetch.telegram;
