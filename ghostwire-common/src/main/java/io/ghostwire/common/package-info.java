/** Ghostwire protocol types, WireGuard key handling, CIDR helpers and the policy model. */
package io.ghostwire.common;
