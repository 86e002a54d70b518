/*
 * ZQLite: an embedded SQL database engine written in Zig. The C ABI of libzqlite.so, shaped like
 * SQLite's so that its users feel at home.
 *
 * Safety: no argument can crash the process. Connection and statement handles are checked
 * against the live set before use (a closed, finalized or forged handle gives ZQLITE_MISUSE);
 * indexes and lengths are range-checked; calls on one connection are serialised by a mutex.
 * Strings returned by zqlite_errmsg, zqlite_column_text and zqlite_column_name stay valid until
 * the next call on the same handle that may change them.
 */
#ifndef ZQLITE_H
#define ZQLITE_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct zqlite zqlite;
typedef struct zqlite_stmt zqlite_stmt;

/* Result codes: SQLite's numbers. */
#define ZQLITE_OK 0
#define ZQLITE_ERROR 1
#define ZQLITE_BUSY 5
#define ZQLITE_LOCKED 6
#define ZQLITE_NOMEM 7
#define ZQLITE_READONLY 8
#define ZQLITE_INTERRUPT 9
#define ZQLITE_IOERR 10
#define ZQLITE_CORRUPT 11
#define ZQLITE_FULL 13
#define ZQLITE_CANTOPEN 14
#define ZQLITE_TOOBIG 18
#define ZQLITE_CONSTRAINT 19
#define ZQLITE_MISMATCH 20
#define ZQLITE_MISUSE 21
#define ZQLITE_RANGE 25
#define ZQLITE_NOTADB 26
#define ZQLITE_ROW 100
#define ZQLITE_DONE 101
/* Extended constraint codes. */
#define ZQLITE_CONSTRAINT_CHECK 275
#define ZQLITE_CONSTRAINT_FOREIGNKEY 787
#define ZQLITE_CONSTRAINT_NOTNULL 1299
#define ZQLITE_CONSTRAINT_PRIMARYKEY 1555
#define ZQLITE_CONSTRAINT_UNIQUE 2067

/* Open flags. */
#define ZQLITE_OPEN_READONLY 0x1
#define ZQLITE_OPEN_READWRITE 0x2
#define ZQLITE_OPEN_CREATE 0x4

/* Column types. */
#define ZQLITE_INTEGER 1
#define ZQLITE_FLOAT 2
#define ZQLITE_TEXT 3
#define ZQLITE_BLOB 4
#define ZQLITE_NULL 5

/* The engine version as a static NUL-terminated string, for example "0.1.0". */
const char *zqlite_libversion(void);
/* The engine version as major * 1000000 + minor * 1000 + patch. */
int zqlite_libversion_number(void);

/* Connections. ":memory:" opens a private in-memory database. */
int zqlite_open(const char *path, zqlite **out, int flags);
int zqlite_close(zqlite *db); /* finalizes the connection's statements; NULL is a no-op */
int zqlite_busy_timeout(zqlite *db, int ms);
int zqlite_exec(zqlite *db, const char *script); /* runs every statement, discards rows */
/*
 * Makes the statement running on db fail with ZQLITE_INTERRUPT at its next check (every 256 rows
 * visited), like sqlite3_interrupt. Safe to call from any thread, also while another thread is
 * inside a call on db; the connection stays usable. An interrupt while nothing runs is lost.
 */
int zqlite_interrupt(zqlite *db);

/*
 * Engine statistics of the database a connection is open on (shared by every connection of this
 * process to the same file). Counters since the database was opened, except WAL_FRAMES and
 * WAL_SIZE_BYTES, which are current sizes. zqlite_stats writes the first count figures (at most
 * ZQLITE_STAT_COUNT) in this order; new figures are only ever appended.
 */
#define ZQLITE_STAT_CACHE_HITS 0
#define ZQLITE_STAT_CACHE_MISSES 1
#define ZQLITE_STAT_WAL_FRAMES 2
#define ZQLITE_STAT_WAL_SIZE_BYTES 3
#define ZQLITE_STAT_CHECKPOINTS 4
#define ZQLITE_STAT_COMMITS 5
#define ZQLITE_STAT_FSYNCS 6
#define ZQLITE_STAT_SPILLED_FRAMES 7
#define ZQLITE_STAT_STATEMENTS_SELECT 8
#define ZQLITE_STAT_STATEMENTS_INSERT 9
#define ZQLITE_STAT_STATEMENTS_UPDATE 10
#define ZQLITE_STAT_STATEMENTS_DELETE 11
#define ZQLITE_STAT_STATEMENTS_DDL 12
#define ZQLITE_STAT_STATEMENTS_TRANSACTION 13
#define ZQLITE_STAT_STATEMENTS_OTHER 14
#define ZQLITE_STAT_COUNT 15
int zqlite_stats(zqlite *db, int64_t *values, int count);

/* Results and errors. */
int64_t zqlite_changes(zqlite *db);
int64_t zqlite_last_insert_rowid(zqlite *db);
int zqlite_errcode(zqlite *db);
const char *zqlite_errmsg(zqlite *db);
int zqlite_error_offset(zqlite *db); /* byte offset of a syntax or name error in the SQL, or -1 */

/* Statements. length_bytes < 0 reads the SQL up to its NUL. *tail points past the statement. */
int zqlite_prepare(zqlite *db, const char *sql, int length_bytes, zqlite_stmt **out, const char **tail);
int zqlite_bind_int64(zqlite_stmt *stmt, int index, int64_t value);
int zqlite_bind_double(zqlite_stmt *stmt, int index, double value);
int zqlite_bind_text(zqlite_stmt *stmt, int index, const char *text, int length_bytes);
int zqlite_bind_blob(zqlite_stmt *stmt, int index, const void *data, int length_bytes);
int zqlite_bind_null(zqlite_stmt *stmt, int index);
int zqlite_bind_parameter_count(zqlite_stmt *stmt);
int zqlite_bind_parameter_index(zqlite_stmt *stmt, const char *name); /* 0 when absent */
int zqlite_step(zqlite_stmt *stmt); /* ZQLITE_ROW, ZQLITE_DONE or an error code */
int zqlite_column_count(zqlite_stmt *stmt);
const char *zqlite_column_name(zqlite_stmt *stmt, int i);
int zqlite_column_type(zqlite_stmt *stmt, int i); /* the current row's value type */
/*
 * The declared type of result column i when it reads a table column: the type as written in
 * CREATE TABLE, size arguments included ("VARCHAR(20)"; INT, INTEGER, REAL, TEXT, BLOB and ANY
 * upper-cased), "INTEGER" for a rowid; NULL for a column declared without a type, expressions
 * and non-queries. Like sqlite3_column_decltype; available right after prepare.
 */
const char *zqlite_column_decltype(zqlite_stmt *stmt, int i);
int64_t zqlite_column_int64(zqlite_stmt *stmt, int i);
double zqlite_column_double(zqlite_stmt *stmt, int i);
const unsigned char *zqlite_column_text(zqlite_stmt *stmt, int i);
const void *zqlite_column_blob(zqlite_stmt *stmt, int i);
int zqlite_column_bytes(zqlite_stmt *stmt, int i);
int zqlite_reset(zqlite_stmt *stmt);
int zqlite_clear_bindings(zqlite_stmt *stmt);
int zqlite_finalize(zqlite_stmt *stmt); /* NULL is a no-op */

/*
 * Batches: steps the statement and encodes as many whole rows as fit into buffer, for bindings
 * that should cross their boundary once per batch. Each row is its columns in order; each value
 * is a tag byte, then: NULL (0) nothing; INTEGER (1) 8 bytes int64 little-endian; REAL (2) 8
 * bytes IEEE-754 little-endian; TEXT (3) and BLOB (4) a uint32 little-endian length, then bytes.
 * Returns ZQLITE_ROW when rows were written and more may follow, ZQLITE_DONE when the statement
 * finished (*rows_out may still be > 0), ZQLITE_TOOBIG when the next row alone needs more than
 * capacity_bytes (*needed_bytes_out says how many; call again with a bigger buffer, the row is
 * kept), or an error code (an error after some rows is returned by the following call).
 */
int zqlite_step_batch(zqlite_stmt *stmt, void *buffer, int capacity_bytes, int *rows_out,
                      int *needed_bytes_out);

#ifdef __cplusplus
}
#endif

#endif /* ZQLITE_H */
