/** The Ghostwire node agent and admin CLI. */
package io.ghostwire.client;
