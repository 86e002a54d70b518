/** The Ghostwire coordination server (Spring Boot WebFlux) on ZQLite. */
package io.ghostwire.server;
