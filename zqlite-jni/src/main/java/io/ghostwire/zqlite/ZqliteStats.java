package io.ghostwire.zqlite;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Engine statistics of one database ({@link ZqliteConnection#stats()}), shared by every connection
 * of this process to the same file. All figures are counters since the database was opened, except
 * {@code walFrames} and {@code walSizeBytes}, which are the current size of the write-ahead log.
 * The native side reads each figure atomically; two figures may come from slightly different
 * moments. The order of the components is the C ABI's ({@code ZQLITE_STAT_*} in zqlite.h).
 *
 * @param cacheHits page reads served from the page cache
 * @param cacheMisses page reads that went to the WAL or the database file
 * @param walFrames frames in the write-ahead log now
 * @param walSizeBytes bytes of the write-ahead log now (header and frames)
 * @param checkpoints checkpoints that copied WAL frames into the database file
 * @param commits committed write transactions
 * @param fsyncs fsync calls (group commit makes this smaller than commits under load)
 * @param spilledFrames dirty pages a large transaction wrote to the WAL before its commit
 * @param statementsSelect SELECT (and EXPLAIN) executions
 * @param statementsInsert INSERT executions
 * @param statementsUpdate UPDATE executions
 * @param statementsDelete DELETE executions
 * @param statementsDdl CREATE, DROP and ALTER executions
 * @param statementsTransaction BEGIN, COMMIT, ROLLBACK, SAVEPOINT and RELEASE executions
 * @param statementsOther PRAGMA and accepted no-ops (ANALYZE, VACUUM, REINDEX)
 */
public record ZqliteStats(
    long cacheHits,
    long cacheMisses,
    long walFrames,
    long walSizeBytes,
    long checkpoints,
    long commits,
    long fsyncs,
    long spilledFrames,
    long statementsSelect,
    long statementsInsert,
    long statementsUpdate,
    long statementsDelete,
    long statementsDdl,
    long statementsTransaction,
    long statementsOther) {

  /** How many figures this record holds (the native side may know more, never fewer). */
  static final int FIGURES = 15;

  /** Executed statements of every kind. */
  public long statements() {
    return statementsSelect
        + statementsInsert
        + statementsUpdate
        + statementsDelete
        + statementsDdl
        + statementsTransaction
        + statementsOther;
  }

  static ZqliteStats read(ByteBuffer raw, int written) {
    long[] v = new long[FIGURES];
    ByteBuffer in = raw.duplicate().order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < Math.min(written, FIGURES); i++) {
      v[i] = in.getLong(i * Long.BYTES);
    }
    return new ZqliteStats(
        v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12], v[13],
        v[14]);
  }
}
