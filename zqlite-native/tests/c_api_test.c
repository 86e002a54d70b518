#define _POSIX_C_SOURCE 200809L
/* Drives libzqlite.so through include/zqlite.h exactly as a C user would, including misuse that
 * must not crash: stale handles, NULL arguments, out-of-range indexes. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <pthread.h>
#include <time.h>
#include "zqlite.h"

static int passed = 0, failed = 0;

#define CHECK(cond)                                                            \
  do {                                                                         \
    if (cond) {                                                                \
      passed++;                                                                \
    } else {                                                                   \
      failed++;                                                                \
      fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
    }                                                                          \
  } while (0)

static void test_round_trip(void) {
  zqlite *db = NULL;
  CHECK(zqlite_open(":memory:", &db, ZQLITE_OPEN_READWRITE | ZQLITE_OPEN_CREATE) == ZQLITE_OK);
  CHECK(db != NULL);
  CHECK(zqlite_exec(db, "CREATE TABLE peers(id INTEGER PRIMARY KEY, key TEXT UNIQUE, score REAL, raw BLOB);") == ZQLITE_OK);
  zqlite_stmt *ins = NULL;
  const char *tail = NULL;
  const char *sql = "INSERT INTO peers(key, score, raw) VALUES(:key, ?2, ?3); SELECT 1";
  CHECK(zqlite_prepare(db, sql, -1, &ins, &tail) == ZQLITE_OK);
  CHECK(tail != NULL && strcmp(tail, " SELECT 1") == 0);
  CHECK(zqlite_bind_parameter_count(ins) == 3);
  CHECK(zqlite_bind_parameter_index(ins, ":key") == 1);
  CHECK(zqlite_bind_parameter_index(ins, ":nope") == 0);
  CHECK(zqlite_bind_text(ins, 1, "alpha", -1) == ZQLITE_OK);
  CHECK(zqlite_bind_double(ins, 2, 2.5) == ZQLITE_OK);
  CHECK(zqlite_bind_blob(ins, 3, "\x00\x01\x02", 3) == ZQLITE_OK);
  CHECK(zqlite_bind_int64(ins, 4, 1) == ZQLITE_RANGE);
  CHECK(zqlite_step(ins) == ZQLITE_DONE);
  CHECK(zqlite_changes(db) == 1);
  CHECK(zqlite_last_insert_rowid(db) == 1);
  CHECK(zqlite_reset(ins) == ZQLITE_OK);
  CHECK(zqlite_step(ins) == ZQLITE_CONSTRAINT_UNIQUE);
  CHECK(zqlite_errcode(db) == ZQLITE_CONSTRAINT_UNIQUE);
  CHECK(strstr(zqlite_errmsg(db), "UNIQUE constraint failed") != NULL);
  CHECK(zqlite_finalize(ins) == ZQLITE_OK);

  zqlite_stmt *sel = NULL;
  CHECK(zqlite_prepare(db, "SELECT id, key, score, raw, NULL AS n FROM peers", -1, &sel, NULL) == ZQLITE_OK);
  CHECK(zqlite_column_count(sel) == 5);
  CHECK(strcmp(zqlite_column_name(sel, 1), "key") == 0);
  CHECK(strcmp(zqlite_column_name(sel, 4), "n") == 0);
  CHECK(zqlite_column_name(sel, 5) == NULL);
  CHECK(zqlite_step(sel) == ZQLITE_ROW);
  CHECK(zqlite_column_type(sel, 0) == ZQLITE_INTEGER && zqlite_column_int64(sel, 0) == 1);
  CHECK(zqlite_column_type(sel, 1) == ZQLITE_TEXT && strcmp((const char *)zqlite_column_text(sel, 1), "alpha") == 0);
  CHECK(zqlite_column_type(sel, 2) == ZQLITE_FLOAT && zqlite_column_double(sel, 2) == 2.5);
  CHECK(strcmp((const char *)zqlite_column_text(sel, 2), "2.5") == 0);
  CHECK(zqlite_column_type(sel, 3) == ZQLITE_BLOB && zqlite_column_bytes(sel, 3) == 3);
  CHECK(memcmp(zqlite_column_blob(sel, 3), "\x00\x01\x02", 3) == 0);
  CHECK(zqlite_column_type(sel, 4) == ZQLITE_NULL && zqlite_column_text(sel, 4) == NULL);
  CHECK(zqlite_column_type(sel, -1) == ZQLITE_NULL && zqlite_column_int64(sel, 99) == 0);
  CHECK(zqlite_step(sel) == ZQLITE_DONE);
  CHECK(zqlite_finalize(sel) == ZQLITE_OK);
  CHECK(zqlite_close(db) == ZQLITE_OK);
}

static void test_errors_carry_position(void) {
  zqlite *db = NULL;
  CHECK(zqlite_open(":memory:", &db, ZQLITE_OPEN_CREATE) == ZQLITE_OK);
  zqlite_stmt *stmt = NULL;
  CHECK(zqlite_prepare(db, "SELECT 1 FROM FROM t", -1, &stmt, NULL) == ZQLITE_ERROR);
  CHECK(stmt == NULL);
  CHECK(strstr(zqlite_errmsg(db), "near \"FROM\": syntax error") != NULL);
  CHECK(zqlite_error_offset(db) == 14);
  CHECK(zqlite_prepare(db, "SELECT x FROM missing", -1, &stmt, NULL) == ZQLITE_ERROR);
  CHECK(strstr(zqlite_errmsg(db), "no such table: missing") != NULL);
  CHECK(zqlite_close(db) == ZQLITE_OK);
}

static void test_batches(void) {
  zqlite *db = NULL;
  CHECK(zqlite_open(":memory:", &db, ZQLITE_OPEN_CREATE) == ZQLITE_OK);
  CHECK(zqlite_exec(db, "CREATE TABLE t(a INTEGER, b TEXT); INSERT INTO t VALUES(1,'x'),(2,NULL),(3,'hello world');") == ZQLITE_OK);
  zqlite_stmt *stmt = NULL;
  CHECK(zqlite_prepare(db, "SELECT a, b FROM t ORDER BY a", -1, &stmt, NULL) == ZQLITE_OK);
  unsigned char buffer[64];
  int rows = -1, needed = -1;
  /* Row 1 is 9 + 5 + 1 = 15 bytes; a 10-byte buffer is too small and says how much is needed. */
  CHECK(zqlite_step_batch(stmt, buffer, 10, &rows, &needed) == ZQLITE_TOOBIG);
  CHECK(rows == 0 && needed == 15);
  /* 25 bytes hold rows 1 (15) and 2 (10); row 3 (25) waits for the next call. */
  CHECK(zqlite_step_batch(stmt, buffer, 25, &rows, &needed) == ZQLITE_ROW);
  CHECK(rows == 2);
  CHECK(buffer[0] == 1 && buffer[1] == 1 && buffer[9] == 3 && buffer[10] == 1 && buffer[14] == 'x');
  CHECK(buffer[15] == 1 && buffer[16] == 2 && buffer[24] == 0);
  CHECK(zqlite_step_batch(stmt, buffer, sizeof buffer, &rows, &needed) == ZQLITE_DONE);
  CHECK(rows == 1 && buffer[9] == 3 && buffer[10] == 11 && memcmp(buffer + 14, "hello world", 11) == 0);
  CHECK(zqlite_finalize(stmt) == ZQLITE_OK);
  CHECK(zqlite_close(db) == ZQLITE_OK);
}

static void test_misuse_never_crashes(void) {
  zqlite *db = NULL;
  CHECK(zqlite_open(NULL, &db, ZQLITE_OPEN_CREATE) == ZQLITE_MISUSE);
  CHECK(zqlite_open(":memory:", NULL, 0) == ZQLITE_MISUSE);
  CHECK(zqlite_open("/nonexistent-dir/x.db", &db, ZQLITE_OPEN_READWRITE) == ZQLITE_CANTOPEN && db == NULL);
  CHECK(zqlite_open(":memory:", &db, ZQLITE_OPEN_CREATE) == ZQLITE_OK);
  zqlite_stmt *stmt = NULL;
  CHECK(zqlite_prepare(db, "SELECT 1", -1, &stmt, NULL) == ZQLITE_OK);
  CHECK(zqlite_prepare(db, NULL, -1, &stmt, NULL) == ZQLITE_MISUSE);
  CHECK(zqlite_prepare(db, "   -- only a comment", -1, &stmt, NULL) == ZQLITE_OK && stmt == NULL);
  CHECK(zqlite_prepare(db, "SELECT 1", -1, &stmt, NULL) == ZQLITE_OK);
  CHECK(zqlite_finalize(stmt) == ZQLITE_OK);
  /* The statement is gone: every call on it is MISUSE, never a crash. */
  CHECK(zqlite_step(stmt) == ZQLITE_MISUSE);
  CHECK(zqlite_bind_int64(stmt, 1, 1) == ZQLITE_MISUSE);
  CHECK(zqlite_column_text(stmt, 0) == NULL);
  CHECK(zqlite_finalize(stmt) == ZQLITE_MISUSE);
  CHECK(zqlite_step((zqlite_stmt *)(void *)&passed) == ZQLITE_MISUSE);
  CHECK(zqlite_exec((zqlite *)(void *)&failed, "SELECT 1") == ZQLITE_MISUSE);
  CHECK(zqlite_bind_blob(NULL, 1, NULL, -5) == ZQLITE_MISUSE);
  /* Closing finalizes the statements still open. */
  CHECK(zqlite_prepare(db, "SELECT 1", -1, &stmt, NULL) == ZQLITE_OK);
  CHECK(zqlite_close(db) == ZQLITE_OK);
  CHECK(zqlite_step(stmt) == ZQLITE_MISUSE);
  CHECK(zqlite_close(db) == ZQLITE_MISUSE);
  CHECK(strstr(zqlite_errmsg(db), "bad connection handle") != NULL);
  CHECK(zqlite_close(NULL) == ZQLITE_OK && zqlite_finalize(NULL) == ZQLITE_OK);
}

/* Threads keep calling on a connection (and a statement of it) while another closes it: every
 * call either works or answers MISUSE; none touches freed memory. */
struct race { zqlite *db; zqlite_stmt *stmt; int misuse_seen; };

static void *race_worker(void *arg) {
  struct race *r = arg;
  for (int i = 0; i < 1000000; i++) {
    int rc = zqlite_exec(r->db, "SELECT count(*) FROM t");
    int rs = zqlite_reset(r->stmt);
    if (rc == ZQLITE_MISUSE && rs == ZQLITE_MISUSE) {
      r->misuse_seen = 1;
      break;
    }
    (void)zqlite_step(r->stmt);
    (void)zqlite_column_int64(r->stmt, 0);
  }
  return NULL;
}

static void test_close_races_calls_in_flight(void) {
  for (int round = 0; round < 20; round++) {
    zqlite *db = NULL;
    CHECK(zqlite_open(":memory:", &db, ZQLITE_OPEN_CREATE) == ZQLITE_OK);
    CHECK(zqlite_exec(db, "CREATE TABLE t(a); INSERT INTO t VALUES(1),(2),(3);") == ZQLITE_OK);
    zqlite_stmt *stmt = NULL;
    CHECK(zqlite_prepare(db, "SELECT a FROM t", -1, &stmt, NULL) == ZQLITE_OK);
    struct race races[4];
    pthread_t threads[4];
    for (int t = 0; t < 4; t++) {
      races[t] = (struct race){db, stmt, 0};
      pthread_create(&threads[t], NULL, race_worker, &races[t]);
    }
    struct timespec pause = {0, 2000000};
    nanosleep(&pause, NULL);
    CHECK(zqlite_close(db) == ZQLITE_OK);
    for (int t = 0; t < 4; t++) {
      pthread_join(threads[t], NULL);
      CHECK(races[t].misuse_seen);
    }
  }
}

/* Statistics: a prefix of the figures, in header order; statements counted by kind. */
static void test_stats(void) {
  zqlite *db = NULL;
  CHECK(zqlite_open(":memory:", &db, ZQLITE_OPEN_CREATE) == ZQLITE_OK);
  int64_t before[ZQLITE_STAT_COUNT];
  CHECK(zqlite_stats(db, before, ZQLITE_STAT_COUNT) == ZQLITE_OK);
  CHECK(zqlite_exec(db, "CREATE TABLE t(a); INSERT INTO t VALUES(1); SELECT a FROM t;") == ZQLITE_OK);
  int64_t after[ZQLITE_STAT_COUNT];
  CHECK(zqlite_stats(db, after, ZQLITE_STAT_COUNT) == ZQLITE_OK);
  CHECK(after[ZQLITE_STAT_STATEMENTS_DDL] - before[ZQLITE_STAT_STATEMENTS_DDL] == 1);
  CHECK(after[ZQLITE_STAT_STATEMENTS_INSERT] - before[ZQLITE_STAT_STATEMENTS_INSERT] == 1);
  CHECK(after[ZQLITE_STAT_STATEMENTS_SELECT] - before[ZQLITE_STAT_STATEMENTS_SELECT] == 1);
  CHECK(after[ZQLITE_STAT_COMMITS] > before[ZQLITE_STAT_COMMITS]);
  int64_t one[2] = {-1, -7};
  CHECK(zqlite_stats(db, one, 1) == ZQLITE_OK);
  CHECK(one[0] >= 0 && one[1] == -7);
  CHECK(zqlite_stats(db, NULL, 1) == ZQLITE_MISUSE);
  CHECK(zqlite_stats(db, one, -1) == ZQLITE_MISUSE);
  CHECK(zqlite_close(db) == ZQLITE_OK);
  CHECK(zqlite_stats(NULL, one, 1) == ZQLITE_MISUSE);
}

/* bind_null, clear_bindings and busy_timeout, the issue-4 C ABI calls the tests above skip. */
static void test_null_bindings_and_busy_timeout(void) {
  zqlite *db = NULL;
  CHECK(zqlite_open(":memory:", &db, ZQLITE_OPEN_READWRITE | ZQLITE_OPEN_CREATE) == ZQLITE_OK);
  CHECK(zqlite_busy_timeout(db, 250) == ZQLITE_OK);
  zqlite_stmt *timeout = NULL;
  CHECK(zqlite_prepare(db, "PRAGMA busy_timeout", -1, &timeout, NULL) == ZQLITE_OK);
  CHECK(zqlite_step(timeout) == ZQLITE_ROW && zqlite_column_int64(timeout, 0) == 250);
  CHECK(zqlite_finalize(timeout) == ZQLITE_OK);
  zqlite_stmt *stmt = NULL;
  CHECK(zqlite_prepare(db, "SELECT ?1, typeof(?2)", -1, &stmt, NULL) == ZQLITE_OK);
  CHECK(zqlite_bind_int64(stmt, 1, 7) == ZQLITE_OK);
  CHECK(zqlite_bind_text(stmt, 2, "x", -1) == ZQLITE_OK);
  CHECK(zqlite_step(stmt) == ZQLITE_ROW && zqlite_column_int64(stmt, 0) == 7);
  CHECK(strcmp((const char *)zqlite_column_text(stmt, 1), "text") == 0);
  CHECK(zqlite_reset(stmt) == ZQLITE_OK);
  CHECK(zqlite_bind_null(stmt, 2) == ZQLITE_OK);
  CHECK(zqlite_bind_null(stmt, 3) == ZQLITE_RANGE);
  CHECK(zqlite_step(stmt) == ZQLITE_ROW && zqlite_column_int64(stmt, 0) == 7);
  CHECK(strcmp((const char *)zqlite_column_text(stmt, 1), "null") == 0);
  /* clear_bindings makes every parameter NULL again; reset alone keeps them. */
  CHECK(zqlite_reset(stmt) == ZQLITE_OK);
  CHECK(zqlite_clear_bindings(stmt) == ZQLITE_OK);
  CHECK(zqlite_step(stmt) == ZQLITE_ROW && zqlite_column_type(stmt, 0) == ZQLITE_NULL);
  CHECK(zqlite_finalize(stmt) == ZQLITE_OK);
  CHECK(zqlite_clear_bindings(NULL) == ZQLITE_MISUSE);
  CHECK(zqlite_bind_null(NULL, 1) == ZQLITE_MISUSE);
  CHECK(zqlite_busy_timeout(NULL, 1) == ZQLITE_MISUSE);
  CHECK(zqlite_close(db) == ZQLITE_OK);
}

/* Declared types as sqlite3_column_decltype gives them (sqlite3 3.40.1, same schema and query). */
static void test_decltype_as_written(void) {
  zqlite *db = NULL;
  CHECK(zqlite_open(":memory:", &db, ZQLITE_OPEN_READWRITE | ZQLITE_OPEN_CREATE) == ZQLITE_OK);
  CHECK(zqlite_exec(db, "CREATE TABLE t(a VARCHAR(40), b DECIMAL(10,2), c int, d Integer PRIMARY KEY,"
                        " e decimal( 10 , 2 ), f \"my type\", g unsigned big int, h text, i,"
                        " j varchar ( 40 ) not null, k character varying(255), n \"VarChar\"(5));"
                        "CREATE VIEW v AS SELECT a, i, a || '' AS e FROM t") == ZQLITE_OK);
  zqlite_stmt *sel = NULL;
  CHECK(zqlite_prepare(db, "SELECT a, b, c, d, e, f, g, h, i, j, k, n, rowid, a || '' FROM t", -1, &sel, NULL) == ZQLITE_OK);
  const char *want[] = {"VARCHAR(40)", "DECIMAL(10,2)", "INT", "INTEGER", "decimal( 10 , 2 )", "my type",
                        "unsigned big int", "TEXT", NULL, "varchar ( 40 )", "character varying(255)", "VarChar",
                        "INTEGER", NULL};
  CHECK(zqlite_column_count(sel) == 14);
  for (int i = 0; i < 14; i++) {
    const char *got = zqlite_column_decltype(sel, i);
    CHECK(want[i] == NULL ? got == NULL : (got != NULL && strcmp(got, want[i]) == 0));
  }
  CHECK(zqlite_finalize(sel) == ZQLITE_OK);
  /* Through a view: the underlying column's type; an expression has none. */
  CHECK(zqlite_prepare(db, "SELECT * FROM v", -1, &sel, NULL) == ZQLITE_OK);
  CHECK(zqlite_column_decltype(sel, 0) != NULL && strcmp(zqlite_column_decltype(sel, 0), "VARCHAR(40)") == 0);
  CHECK(zqlite_column_decltype(sel, 1) == NULL);
  CHECK(zqlite_column_decltype(sel, 2) == NULL);
  CHECK(zqlite_finalize(sel) == ZQLITE_OK);
  CHECK(zqlite_close(db) == ZQLITE_OK);
}

int main(void) {
  test_round_trip();
  test_errors_carry_position();
  test_batches();
  test_misuse_never_crashes();
  test_close_races_calls_in_flight();
  test_stats();
  test_null_bindings_and_busy_timeout();
  test_decltype_as_written();
  printf("c_api_test: %d passed, %d failed\n", passed, failed);
  return failed == 0 ? 0 : 1;
}
