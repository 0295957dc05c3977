/** Search UI and JSON API, read-only over the index and the store. */
package org.npswatch.web;
