package io.ghostwire.zqlite;

/** When commits reach the disk, chosen at open (SQLite's {@code synchronous}). */
public enum Durability {
  /**
   * fsync the write-ahead log before a commit returns: a committed transaction survives a crash.
   */
  FULL,
  /** fsync only at checkpoints: a crash may lose recent commits, never consistency. */
  NORMAL,
  /** Never fsync (tests, caches): a power loss may lose or corrupt recent work. */
  OFF
}
