package io.ghostwire.zqlite.pool;

/**
 * A pool's counts at one moment (each read separately, so they may disagree by a borrow in flight).
 *
 * @param active connections borrowed now
 * @param idle connections open and waiting in the pool
 * @param waiting threads blocked in {@link ZqlitePool#borrow()}
 * @param max the most connections the pool opens ({@code maxTotal})
 * @param min idle connections the pool keeps ({@code minIdle})
 */
public record ZqlitePoolState(int active, int idle, int waiting, int max, int min) {

  /** Connections open now: active plus idle. */
  public int total() {
    return active + idle;
  }

  @Override
  public String toString() {
    return "total=" + total() + ", active=" + active + ", idle=" + idle + ", waiting=" + waiting;
  }
}
