/* ZQLite: an embedded SQL database engine written in Zig. The C ABI of libzqlite.so. */
#ifndef ZQLITE_H
#define ZQLITE_H

#ifdef __cplusplus
extern "C" {
#endif

/* The engine version as a static NUL-terminated string, for example "0.1.0". */
const char *zqlite_libversion(void);

/* The engine version as major * 1000000 + minor * 1000 + patch. */
int zqlite_libversion_number(void);

#ifdef __cplusplus
}
#endif

#endif /* ZQLITE_H */
