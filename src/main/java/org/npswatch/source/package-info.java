/** Source definitions (webshops, Telegram chats), the registry that loads them and their schedules. */
package org.npswatch.source;
