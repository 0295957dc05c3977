/** The simulated market: shops and Telegram channels served on loopback for the demo and tests, advancing week by week. */
package org.npswatch.market;
