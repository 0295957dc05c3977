/** Understanding Telegram posts: preview page parsing, intent, menus and near-duplicate ads. */
package org.npswatch.extract.telegram;
