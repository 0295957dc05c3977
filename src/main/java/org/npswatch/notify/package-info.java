/** Delivery of flags and digests: e-mail, webhook, feed. Every escaping and formatting happens here. */
package org.npswatch.notify;
