/** Pure functions from history to flags: new substance, unknown name, volume, price, availability. */
package org.npswatch.detect;
