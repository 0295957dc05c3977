/** Reads public Telegram chats through TDLib's JSON interface, bound with the FFM API; maps TDLib messages to pseudonymised posts. */
package org.npswatch.fetch.telegram.tdlib;
