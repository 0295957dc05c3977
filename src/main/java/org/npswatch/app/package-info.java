/** Composition root: Main, CLI commands, constructor wiring, the scheduler, graceful shutdown. */
package org.npswatch.app;
