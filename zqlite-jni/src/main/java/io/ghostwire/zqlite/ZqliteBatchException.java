package io.ghostwire.zqlite;

/** A batch failed part way: the sets before the failing one ran, with these change counts. */
public final class ZqliteBatchException extends ZqliteException {
  private static final long serialVersionUID = 1L;
  private final int[] completedCounts;

  ZqliteBatchException(ZqliteException cause, int[] completedCounts) {
    super(cause.nativeCode(), cause.getMessage(), null, -1);
    initCause(cause);
    this.completedCounts = completedCounts.clone();
  }

  /** The change counts of the sets that ran before the failure (rolled back if autocommit). */
  public int[] completedCounts() {
    return completedCounts.clone();
  }

  /** Index of the failing set (= number of sets that completed). */
  public int failedIndex() {
    return completedCounts.length;
  }
}
