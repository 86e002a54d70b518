package io.ghostwire.zqlite.jdbc;

import io.ghostwire.zqlite.Zqlite;
import io.ghostwire.zqlite.ZqliteException;
import io.ghostwire.zqlite.ZqliteTable;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.RowIdLifetime;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Database metadata built from the engine's catalog ({@link
 * io.ghostwire.zqlite.ZqliteConnection#tables()}): the engine has no {@code sqlite_schema} table
 * and treats {@code PRAGMA table_info} as a no-op, so catalog queries cannot be SQL yet. There are
 * no catalogs or schemas (both empty/null, as in SQLite's main database). Column JDBC types follow
 * SQLite's affinity rules applied to the declared type.
 */
final class ZqliteDatabaseMetaData extends BaseDatabaseMetaData implements SelfWrapper {
  private static final List<String> TABLE_COLUMNS =
      List.of(
          "TABLE_CAT",
          "TABLE_SCHEM",
          "TABLE_NAME",
          "TABLE_TYPE",
          "REMARKS",
          "TYPE_CAT",
          "TYPE_SCHEM",
          "TYPE_NAME",
          "SELF_REFERENCING_COL_NAME",
          "REF_GENERATION");
  private static final List<String> COLUMN_COLUMNS =
      List.of(
          "TABLE_CAT",
          "TABLE_SCHEM",
          "TABLE_NAME",
          "COLUMN_NAME",
          "DATA_TYPE",
          "TYPE_NAME",
          "COLUMN_SIZE",
          "BUFFER_LENGTH",
          "DECIMAL_DIGITS",
          "NUM_PREC_RADIX",
          "NULLABLE",
          "REMARKS",
          "COLUMN_DEF",
          "SQL_DATA_TYPE",
          "SQL_DATETIME_SUB",
          "CHAR_OCTET_LENGTH",
          "ORDINAL_POSITION",
          "IS_NULLABLE",
          "SCOPE_CATALOG",
          "SCOPE_SCHEMA",
          "SCOPE_TABLE",
          "SOURCE_DATA_TYPE",
          "IS_AUTOINCREMENT",
          "IS_GENERATEDCOLUMN");
  private static final List<String> PK_COLUMNS =
      List.of("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "COLUMN_NAME", "KEY_SEQ", "PK_NAME");
  private static final List<String> INDEX_COLUMNS =
      List.of(
          "TABLE_CAT",
          "TABLE_SCHEM",
          "TABLE_NAME",
          "NON_UNIQUE",
          "INDEX_QUALIFIER",
          "INDEX_NAME",
          "TYPE",
          "ORDINAL_POSITION",
          "COLUMN_NAME",
          "ASC_OR_DESC",
          "CARDINALITY",
          "PAGES",
          "FILTER_CONDITION");
  private static final List<String> KEY_COLUMNS =
      List.of(
          "PKTABLE_CAT",
          "PKTABLE_SCHEM",
          "PKTABLE_NAME",
          "PKCOLUMN_NAME",
          "FKTABLE_CAT",
          "FKTABLE_SCHEM",
          "FKTABLE_NAME",
          "FKCOLUMN_NAME",
          "KEY_SEQ",
          "UPDATE_RULE",
          "DELETE_RULE",
          "FK_NAME",
          "PK_NAME",
          "DEFERRABILITY");
  private static final List<String> TYPE_COLUMNS =
      List.of(
          "TYPE_NAME",
          "DATA_TYPE",
          "PRECISION",
          "LITERAL_PREFIX",
          "LITERAL_SUFFIX",
          "CREATE_PARAMS",
          "NULLABLE",
          "CASE_SENSITIVE",
          "SEARCHABLE",
          "UNSIGNED_ATTRIBUTE",
          "FIXED_PREC_SCALE",
          "AUTO_INCREMENT",
          "LOCAL_TYPE_NAME",
          "MINIMUM_SCALE",
          "MAXIMUM_SCALE",
          "SQL_DATA_TYPE",
          "SQL_DATETIME_SUB",
          "NUM_PREC_RADIX");

  private final ZqliteJdbcConnection connection;

  ZqliteDatabaseMetaData(ZqliteJdbcConnection connection) {
    this.connection = connection;
  }

  private List<ZqliteTable> tables(String namePattern) throws SQLException {
    try {
      Pattern pattern = like(namePattern);
      List<ZqliteTable> matching = new ArrayList<>();
      for (ZqliteTable table : connection.db().tables()) {
        if (pattern.matcher(table.name()).matches()) {
          matching.add(table);
        }
      }
      matching.sort((a, b) -> a.name().compareToIgnoreCase(b.name()));
      return matching;
    } catch (ZqliteException e) {
      throw SqlExceptions.of(e);
    }
  }

  /** A JDBC LIKE pattern (% and _, escaped by \) as a case-insensitive regex; null matches all. */
  static Pattern like(String pattern) {
    if (pattern == null) {
      return Pattern.compile(".*", Pattern.DOTALL);
    }
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\' && i + 1 < pattern.length()) {
        regex.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
      } else if (c == '%') {
        regex.append(".*");
      } else if (c == '_') {
        regex.append('.');
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  }

  private ResultSet result(List<String> columns, List<Object[]> rows) {
    return new ZqliteResultSet(null, Rows.of(columns, rows), 0);
  }

  private static boolean schemaMatches(String schemaPattern) {
    return schemaPattern == null || schemaPattern.isEmpty() || schemaPattern.equals("%");
  }

  @Override
  public ResultSet getTables(String catalog, String schema, String name, String[] types)
      throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    List<String> wanted = types == null ? null : Arrays.asList(types);
    if (schemaMatches(schema)) {
      for (ZqliteTable table : tables(name)) {
        if (wanted == null || wanted.contains(table.type())) {
          rows.add(
              new Object[] {
                null, null, table.name(), table.type(), null, null, null, null, null, null
              });
        }
      }
    }
    return result(TABLE_COLUMNS, rows);
  }

  @Override
  public ResultSet getColumns(String catalog, String schema, String table, String column)
      throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    Pattern columnPattern = like(column);
    if (schemaMatches(schema)) {
      for (ZqliteTable t : tables(table)) {
        int position = 0;
        for (ZqliteTable.Column c : t.columns()) {
          position++;
          if (columnPattern.matcher(c.name()).matches()) {
            rows.add(columnRow(t, c, position));
          }
        }
      }
    }
    return result(COLUMN_COLUMNS, rows);
  }

  private static Object[] columnRow(ZqliteTable t, ZqliteTable.Column c, int position) {
    int type = jdbcType(c.declaredType());
    boolean nullable = !c.notNull() && !isRowidAlias(t, c);
    return new Object[] {
      null,
      null,
      t.name(),
      c.name(),
      type,
      c.declaredType().isEmpty() ? "BLOB" : c.declaredType(),
      2_000_000_000,
      null,
      type == Types.DOUBLE ? 10 : 0,
      10,
      nullable ? columnNullable : columnNoNulls,
      null,
      null,
      null,
      null,
      2_000_000_000,
      position,
      nullable ? "YES" : "NO",
      null,
      null,
      null,
      null,
      isRowidAlias(t, c) ? "YES" : "NO",
      "NO"
    };
  }

  private static boolean isRowidAlias(ZqliteTable t, ZqliteTable.Column c) {
    return c.primaryKeyPosition() == 1
        && c.declaredType().equalsIgnoreCase("INTEGER")
        && t.columns().stream().filter(o -> o.primaryKeyPosition() > 0).count() == 1;
  }

  /** SQLite's affinity rules (section 3.1 of its datatype page), refined for common names. */
  static int jdbcType(String declared) {
    String t = declared.toUpperCase(Locale.ROOT);
    if (t.contains("INT")) {
      return t.equals("INTEGER") || t.contains("BIG") ? Types.BIGINT : Types.INTEGER;
    }
    if (t.contains("CHAR") || t.contains("CLOB") || t.contains("TEXT")) {
      return Types.VARCHAR;
    }
    if (t.isEmpty() || t.contains("BLOB")) {
      return Types.BLOB;
    }
    if (t.contains("REAL") || t.contains("FLOA") || t.contains("DOUB")) {
      return Types.DOUBLE;
    }
    if (t.contains("BOOL")) {
      return Types.BOOLEAN;
    }
    if (t.contains("TIMESTAMP") || t.contains("DATETIME")) {
      return Types.TIMESTAMP;
    }
    if (t.equals("DATE")) {
      return Types.DATE;
    }
    return Types.NUMERIC;
  }

  @Override
  public ResultSet getPrimaryKeys(String catalog, String schema, String table) throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    for (ZqliteTable t : tables(table == null ? null : escape(table))) {
      for (ZqliteTable.Column c : t.columns()) {
        if (c.primaryKeyPosition() > 0) {
          rows.add(new Object[] {null, null, t.name(), c.name(), c.primaryKeyPosition(), null});
        }
      }
    }
    rows.sort((a, b) -> Integer.compare((Integer) a[4], (Integer) b[4]));
    return result(PK_COLUMNS, rows);
  }

  private static String escape(String name) {
    return name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  @Override
  public ResultSet getIndexInfo(
      String catalog, String schema, String table, boolean unique, boolean approximate)
      throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    for (ZqliteTable t : tables(table == null ? null : escape(table))) {
      for (ZqliteTable.Index index : t.indexes()) {
        if (unique && !index.unique()) {
          continue;
        }
        for (int i = 0; i < index.columns().size(); i++) {
          rows.add(
              new Object[] {
                null,
                null,
                t.name(),
                !index.unique(),
                null,
                index.name(),
                (int) tableIndexOther,
                i + 1,
                index.columns().get(i),
                "A",
                0L,
                0L,
                null
              });
        }
      }
    }
    return result(INDEX_COLUMNS, rows);
  }

  @Override
  public ResultSet getTypeInfo() {
    List<Object[]> rows = new ArrayList<>();
    rows.add(type("INTEGER", Types.BIGINT, 19, null));
    rows.add(type("REAL", Types.DOUBLE, 17, null));
    rows.add(type("TEXT", Types.VARCHAR, 1_000_000_000, "'"));
    rows.add(type("BLOB", Types.BLOB, 1_000_000_000, "X'"));
    rows.add(type("NUMERIC", Types.NUMERIC, 19, null));
    return result(TYPE_COLUMNS, rows);
  }

  private static Object[] type(String name, int type, int precision, String prefix) {
    return new Object[] {
      name,
      type,
      precision,
      prefix,
      prefix == null ? null : "'",
      null,
      (int) typeNullable,
      type == Types.VARCHAR,
      (int) typeSearchable,
      false,
      false,
      type == Types.BIGINT,
      name,
      0,
      0,
      null,
      null,
      10
    };
  }

  @Override
  public ResultSet getSchemas() {
    return result(List.of("TABLE_SCHEM", "TABLE_CATALOG"), List.of());
  }

  @Override
  public ResultSet getSchemas(String catalog, String schemaPattern) {
    return getSchemas();
  }

  @Override
  public ResultSet getCatalogs() {
    return result(List.of("TABLE_CAT"), List.of());
  }

  @Override
  public ResultSet getTableTypes() {
    List<Object[]> rows = new ArrayList<>();
    rows.add(new Object[] {"TABLE"});
    rows.add(new Object[] {"VIEW"});
    return result(List.of("TABLE_TYPE"), rows);
  }

  @Override
  public ResultSet getImportedKeys(String catalog, String schema, String table) {
    return result(KEY_COLUMNS, List.of());
  }

  @Override
  public ResultSet getExportedKeys(String catalog, String schema, String table) {
    return result(KEY_COLUMNS, List.of());
  }

  @Override
  public ResultSet getCrossReference(
      String pc, String ps, String pt, String fc, String fs, String ft) {
    return result(KEY_COLUMNS, List.of());
  }

  @Override
  public ResultSet getProcedures(String catalog, String schema, String name) {
    return result(
        List.of(
            "PROCEDURE_CAT",
            "PROCEDURE_SCHEM",
            "PROCEDURE_NAME",
            "R1",
            "R2",
            "R3",
            "REMARKS",
            "PROCEDURE_TYPE",
            "SPECIFIC_NAME"),
        List.of());
  }

  @Override
  public ResultSet getFunctions(String catalog, String schema, String name) {
    return result(
        List.of(
            "FUNCTION_CAT",
            "FUNCTION_SCHEM",
            "FUNCTION_NAME",
            "REMARKS",
            "FUNCTION_TYPE",
            "SPECIFIC_NAME"),
        List.of());
  }

  @Override
  public ResultSet getUDTs(String catalog, String schema, String name, int[] types) {
    return result(
        List.of(
            "TYPE_CAT",
            "TYPE_SCHEM",
            "TYPE_NAME",
            "CLASS_NAME",
            "DATA_TYPE",
            "REMARKS",
            "BASE_TYPE"),
        List.of());
  }

  @Override
  public ResultSet getClientInfoProperties() {
    return result(List.of("NAME", "MAX_LEN", "DEFAULT_VALUE", "DESCRIPTION"), List.of());
  }

  /** The SQLite version whose dialect and behaviour ZQLite follows (its differential tests). */
  static final String SQLITE_VERSION = "3.40.1";

  @Override
  public String getDatabaseProductName() {
    return connection.reportsAsSqlite() ? "SQLite" : "ZQLite";
  }

  @Override
  public String getDatabaseProductVersion() {
    return connection.reportsAsSqlite()
        ? SQLITE_VERSION + " (ZQLite " + Zqlite.version() + ")"
        : Zqlite.version();
  }

  @Override
  public int getDatabaseMajorVersion() {
    return connection.reportsAsSqlite() ? 3 : versionPart(0);
  }

  @Override
  public int getDatabaseMinorVersion() {
    return connection.reportsAsSqlite() ? 40 : versionPart(1);
  }

  private int versionPart(int index) {
    String[] parts = Zqlite.version().split("\\.");
    try {
      return index < parts.length ? Integer.parseInt(parts[index]) : 0;
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  @Override
  public String getDriverName() {
    return "ZQLite JDBC";
  }

  @Override
  public String getDriverVersion() {
    return Zqlite.version();
  }

  @Override
  public int getDriverMajorVersion() {
    return versionPart(0);
  }

  @Override
  public int getDriverMinorVersion() {
    return versionPart(1);
  }

  @Override
  public int getJDBCMajorVersion() {
    return 4;
  }

  @Override
  public int getJDBCMinorVersion() {
    return 2;
  }

  @Override
  public String getURL() {
    return connection.url();
  }

  @Override
  public String getUserName() {
    return "";
  }

  @Override
  public Connection getConnection() {
    return connection;
  }

  @Override
  public boolean isReadOnly() throws SQLException {
    return connection.isReadOnly();
  }

  @Override
  public String getIdentifierQuoteString() {
    return "\"";
  }

  @Override
  public String getSearchStringEscape() {
    return "\\";
  }

  @Override
  public String getExtraNameCharacters() {
    return "";
  }

  @Override
  public String getCatalogSeparator() {
    return ".";
  }

  @Override
  public String getCatalogTerm() {
    return "catalog";
  }

  @Override
  public String getSchemaTerm() {
    return "schema";
  }

  @Override
  public String getProcedureTerm() {
    return "procedure";
  }

  @Override
  public String getSQLKeywords() {
    return "ABORT,ANALYZE,ATTACH,AUTOINCREMENT,CONFLICT,DATABASE,DETACH,EXCLUSIVE,EXPLAIN,GLOB,"
        + "IF,INDEXED,INSTEAD,ISNULL,NOTNULL,OFFSET,PLAN,PRAGMA,QUERY,RAISE,REGEXP,REINDEX,"
        + "RENAME,REPLACE,RETURNING,TEMP,VACUUM,VIRTUAL";
  }

  @Override
  public String getNumericFunctions() {
    return "abs,max,min,random,round";
  }

  @Override
  public String getStringFunctions() {
    return "instr,length,lower,ltrim,replace,rtrim,substr,trim,upper";
  }

  @Override
  public String getSystemFunctions() {
    return "changes,last_insert_rowid,typeof";
  }

  @Override
  public String getTimeDateFunctions() {
    return "date,datetime,julianday,strftime,time";
  }

  @Override
  public int getDefaultTransactionIsolation() {
    return Connection.TRANSACTION_SERIALIZABLE;
  }

  @Override
  public boolean supportsTransactionIsolationLevel(int level) {
    return level == Connection.TRANSACTION_SERIALIZABLE;
  }

  @Override
  public boolean supportsTransactions() {
    return true;
  }

  @Override
  public boolean supportsSavepoints() {
    return true;
  }

  @Override
  public boolean supportsBatchUpdates() {
    return true;
  }

  @Override
  public boolean supportsGetGeneratedKeys() {
    return true;
  }

  @Override
  public boolean supportsResultSetType(int type) {
    return type == ResultSet.TYPE_FORWARD_ONLY;
  }

  @Override
  public boolean supportsResultSetConcurrency(int type, int concurrency) {
    return type == ResultSet.TYPE_FORWARD_ONLY && concurrency == ResultSet.CONCUR_READ_ONLY;
  }

  @Override
  public boolean supportsResultSetHoldability(int holdability) {
    return holdability == ResultSet.CLOSE_CURSORS_AT_COMMIT;
  }

  @Override
  public int getResultSetHoldability() {
    return ResultSet.CLOSE_CURSORS_AT_COMMIT;
  }

  @Override
  public boolean supportsMixedCaseQuotedIdentifiers() {
    return true;
  }

  @Override
  public boolean storesMixedCaseIdentifiers() {
    return true;
  }

  @Override
  public boolean storesMixedCaseQuotedIdentifiers() {
    return true;
  }

  @Override
  public boolean supportsAlterTableWithAddColumn() {
    return false;
  }

  @Override
  public boolean supportsColumnAliasing() {
    return true;
  }

  @Override
  public boolean nullPlusNonNullIsNull() {
    return true;
  }

  @Override
  public boolean nullsAreSortedLow() {
    return true;
  }

  @Override
  public boolean supportsGroupBy() {
    return true;
  }

  @Override
  public boolean supportsGroupByUnrelated() {
    return true;
  }

  @Override
  public boolean supportsLikeEscapeClause() {
    return true;
  }

  @Override
  public boolean supportsMultipleTransactions() {
    return true;
  }

  @Override
  public boolean supportsNonNullableColumns() {
    return true;
  }

  @Override
  public boolean supportsMinimumSQLGrammar() {
    return true;
  }

  @Override
  public boolean supportsANSI92EntryLevelSQL() {
    return true;
  }

  @Override
  public boolean supportsOuterJoins() {
    return true;
  }

  @Override
  public boolean supportsLimitedOuterJoins() {
    return true;
  }

  @Override
  public boolean supportsUnion() {
    return true;
  }

  @Override
  public boolean supportsUnionAll() {
    return true;
  }

  @Override
  public boolean supportsSubqueriesInComparisons() {
    return true;
  }

  @Override
  public boolean supportsSubqueriesInExists() {
    return true;
  }

  @Override
  public boolean supportsSubqueriesInIns() {
    return true;
  }

  @Override
  public boolean supportsCorrelatedSubqueries() {
    return true;
  }

  @Override
  public boolean supportsOrderByUnrelated() {
    return true;
  }

  @Override
  public boolean supportsExpressionsInOrderBy() {
    return true;
  }

  @Override
  public boolean supportsTableCorrelationNames() {
    return true;
  }

  @Override
  public boolean supportsDataManipulationTransactionsOnly() {
    return false;
  }

  @Override
  public boolean supportsDataDefinitionAndDataManipulationTransactions() {
    return true;
  }

  @Override
  public boolean supportsStatementPooling() {
    return false;
  }

  @Override
  public boolean allTablesAreSelectable() {
    return true;
  }

  @Override
  public boolean usesLocalFiles() {
    return true;
  }

  @Override
  public boolean usesLocalFilePerTable() {
    return false;
  }

  @Override
  public boolean locatorsUpdateCopy() {
    return true;
  }

  @Override
  public boolean supportsStoredFunctionsUsingCallSyntax() {
    return false;
  }

  @Override
  public boolean autoCommitFailureClosesAllResultSets() {
    return false;
  }

  @Override
  public boolean generatedKeyAlwaysReturned() {
    return false;
  }

  @Override
  public RowIdLifetime getRowIdLifetime() {
    return RowIdLifetime.ROWID_VALID_FOREVER;
  }

  @Override
  public int getSQLStateType() {
    return sqlStateSQL;
  }
}
