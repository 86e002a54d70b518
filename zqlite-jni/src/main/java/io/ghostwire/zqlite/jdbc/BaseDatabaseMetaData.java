package io.ghostwire.zqlite.jdbc;

/**
 * Every method of {@link java.sql.DatabaseMetaData} that ZQLite does not implement answers a
 * conservative default (false, 0, null). Only what the subclass does not implement is here, so this
 * class lists what ZQLite leaves out.
 */
@SuppressWarnings({"deprecation", "rawtypes"})
abstract class BaseDatabaseMetaData implements java.sql.DatabaseMetaData {
  @Override
  public boolean allProceduresAreCallable() throws java.sql.SQLException {
    return false;
  }

  @Override
  public boolean dataDefinitionCausesTransactionCommit() throws java.sql.SQLException {
    return false;
  }

  @Override
  public boolean dataDefinitionIgnoredInTransactions() throws java.sql.SQLException {
    return false;
  }

  @Override
  public boolean deletesAreDetected(int a0) throws java.sql.SQLException {
    return false;
  }

  @Override
  public boolean doesMaxRowSizeIncludeBlobs() throws java.sql.SQLException {
    return false;
  }

  @Override
  public java.sql.ResultSet getAttributes(
      java.lang.String a0, java.lang.String a1, java.lang.String a2, java.lang.String a3)
      throws java.sql.SQLException {
    throw SqlExceptions.unsupported("getAttributes");
  }

  @Override
  public java.sql.ResultSet getBestRowIdentifier(
      java.lang.String a0, java.lang.String a1, java.lang.String a2, int a3, boolean a4)
      throws java.sql.SQLException {
    throw SqlExceptions.unsupported("getBestRowIdentifier");
  }

  @Override
  public java.sql.ResultSet getColumnPrivileges(
      java.lang.String a0, java.lang.String a1, java.lang.String a2, java.lang.String a3)
      throws java.sql.SQLException {
    throw SqlExceptions.unsupported("getColumnPrivileges");
  }

  @Override
  public java.sql.ResultSet getFunctionColumns(
      java.lang.String a0, java.lang.String a1, java.lang.String a2, java.lang.String a3)
      throws java.sql.SQLException {
    throw SqlExceptions.unsupported("getFunctionColumns");
  }

  @Override
  public int getMaxBinaryLiteralLength() throws java.sql.SQLException {
    return 0;
  }

  @Override
  public int getMaxCatalogNameLength() throws java.sql.SQLException {
    return 0;
  }

  @Override
  public int getMaxCharLiteralLength() throws java.sql.SQLException {
    return 0;
  }

  @Override
  public int getMaxColumnNameLength() throws java.sql.SQLException {
    return 0;
  }

  @Override
  public int getMaxColumnsInGroupBy() throws java.sql.SQLException {
    return 0;
  }

  @Override
  public int getMaxColumnsInIndex() throws java.sql.SQLException {
    return 0;
  }

  @Override
  public int getMaxColumnsInOrderBy() throws java.sql.SQLException {
    return 0;
  }

  @Override
  public int getMaxColumnsInSelect() throws java.sql.SQLException {
    return 0;
  }

  @Override
  public int getMaxColumnsInTable() throws java.sql.SQLException {
    return 0;
  }

  @Override
  public int getMaxConnections() throws java.sql.SQLException {
    return 0;
  }

  @Override
  public int getMaxCursorNameLength() throws java.sql.SQLException {
    return 0;
  }

  @Override
  public int getMaxIndexLength() throws java.sql.SQLException {
    return 0;
  }

  @Override
  public int getMaxProcedureNameLength() throws java.sql.SQLException {
    return 0;
  }

  @Override
  public int getMaxRowSize() throws java.sql.SQLException {
    return 0;
  }

  @Override
  public int getMaxSchemaNameLength() throws java.sql.SQLException {
    return 0;
  }

  @Override
  public int getMaxStatementLength() throws java.sql.SQLException {
    return 0;
  }

  @Override
  public int getMaxStatements() throws java.sql.SQLException {
    return 0;
  }

  @Override
  public int getMaxTableNameLength() throws java.sql.SQLException {
    return 0;
  }

  @Override
  public int getMaxTablesInSelect() throws java.sql.SQLException {
    return 0;
  }

  @Override
  public int getMaxUserNameLength() throws java.sql.SQLException {
    return 0;
  }

  @Override
  public java.sql.ResultSet getProcedureColumns(
      java.lang.String a0, java.lang.String a1, java.lang.String a2, java.lang.String a3)
      throws java.sql.SQLException {
    throw SqlExceptions.unsupported("getProcedureColumns");
  }

  @Override
  public java.sql.ResultSet getPseudoColumns(
      java.lang.String a0, java.lang.String a1, java.lang.String a2, java.lang.String a3)
      throws java.sql.SQLException {
    throw SqlExceptions.unsupported("getPseudoColumns");
  }

  @Override
  public java.sql.ResultSet getSuperTables(
      java.lang.String a0, java.lang.String a1, java.lang.String a2) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("getSuperTables");
  }

  @Override
  public java.sql.ResultSet getSuperTypes(
      java.lang.String a0, java.lang.String a1, java.lang.String a2) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("getSuperTypes");
  }

  @Override
  public java.sql.ResultSet getTablePrivileges(
      java.lang.String a0, java.lang.String a1, java.lang.String a2) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("getTablePrivileges");
  }

  @Override
  public java.sql.ResultSet getVersionColumns(
      java.lang.String a0, java.lang.String a1, java.lang.String a2) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("getVersionColumns");
  }

  @Override
  public boolean insertsAreDetected(int a0) throws java.sql.SQLException {
    return false;
  }

  @Override
  public boolean isCatalogAtStart() throws java.sql.SQLException {
    return false;
  }

  @Override
  public boolean nullsAreSortedAtEnd() throws java.sql.SQLException {
    return false;
  }

  @Override
  public boolean nullsAreSortedAtStart() throws java.sql.SQLException {
    return false;
  }

  @Override
  public boolean nullsAreSortedHigh() throws java.sql.SQLException {
    return false;
  }

  @Override
  public boolean othersDeletesAreVisible(int a0) throws java.sql.SQLException {
    return false;
  }

  @Override
  public boolean othersInsertsAreVisible(int a0) throws java.sql.SQLException {
    return false;
  }

  @Override
  public boolean othersUpdatesAreVisible(int a0) throws java.sql.SQLException {
    return false;
  }

  @Override
  public boolean ownDeletesAreVisible(int a0) throws java.sql.SQLException {
    return false;
  }

  @Override
  public boolean ownInsertsAreVisible(int a0) throws java.sql.SQLException {
    return false;
  }

  @Override
  public boolean ownUpdatesAreVisible(int a0) throws java.sql.SQLException {
    return false;
  }

  @Override
  public boolean storesLowerCaseIdentifiers() throws java.sql.SQLException {
    return false;
  }

  @Override
  public boolean storesLowerCaseQuotedIdentifiers() throws java.sql.SQLException {
    return false;
  }

  @Override
  public boolean storesUpperCaseIdentifiers() throws java.sql.SQLException {
    return false;
  }

  @Override
  public boolean storesUpperCaseQuotedIdentifiers() throws java.sql.SQLException {
    return false;
  }

  @Override
  public boolean supportsANSI92FullSQL() throws java.sql.SQLException {
    return false;
  }

  @Override
  public boolean supportsANSI92IntermediateSQL() throws java.sql.SQLException {
    return false;
  }

  @Override
  public boolean supportsAlterTableWithDropColumn() throws java.sql.SQLException {
    return false;
  }

  @Override
  public boolean supportsCatalogsInDataManipulation() throws java.sql.SQLException {
    return false;
  }

  @Override
  public boolean supportsCatalogsInIndexDefinitions() throws java.sql.SQLException {
    return false;
  }

  @Override
  public boolean supportsCatalogsInPrivilegeDefinitions() throws java.sql.SQLException {
    return false;
  }

  @Override
  public boolean supportsCatalogsInProcedureCalls() throws java.sql.SQLException {
    return false;
  }

  @Override
  public boolean supportsCatalogsInTableDefinitions() throws java.sql.SQLException {
    return false;
  }

  @Override
  public boolean supportsConvert() throws java.sql.SQLException {
    return false;
  }

  @Override
  public boolean supportsConvert(int a0, int a1) throws java.sql.SQLException {
    return false;
  }

  @Override
  public boolean supportsCoreSQLGrammar() throws java.sql.SQLException {
    return false;
  }

  @Override
  public boolean supportsDifferentTableCorrelationNames() throws java.sql.SQLException {
    return false;
  }

  @Override
  public boolean supportsExtendedSQLGrammar() throws java.sql.SQLException {
    return false;
  }

  @Override
  public boolean supportsFullOuterJoins() throws java.sql.SQLException {
    return false;
  }

  @Override
  public boolean supportsGroupByBeyondSelect() throws java.sql.SQLException {
    return false;
  }

  @Override
  public boolean supportsIntegrityEnhancementFacility() throws java.sql.SQLException {
    return false;
  }

  @Override
  public boolean supportsMixedCaseIdentifiers() throws java.sql.SQLException {
    return false;
  }

  @Override
  public boolean supportsMultipleOpenResults() throws java.sql.SQLException {
    return false;
  }

  @Override
  public boolean supportsMultipleResultSets() throws java.sql.SQLException {
    return false;
  }

  @Override
  public boolean supportsNamedParameters() throws java.sql.SQLException {
    return false;
  }

  @Override
  public boolean supportsOpenCursorsAcrossCommit() throws java.sql.SQLException {
    return false;
  }

  @Override
  public boolean supportsOpenCursorsAcrossRollback() throws java.sql.SQLException {
    return false;
  }

  @Override
  public boolean supportsOpenStatementsAcrossCommit() throws java.sql.SQLException {
    return false;
  }

  @Override
  public boolean supportsOpenStatementsAcrossRollback() throws java.sql.SQLException {
    return false;
  }

  @Override
  public boolean supportsPositionedDelete() throws java.sql.SQLException {
    return false;
  }

  @Override
  public boolean supportsPositionedUpdate() throws java.sql.SQLException {
    return false;
  }

  @Override
  public boolean supportsSchemasInDataManipulation() throws java.sql.SQLException {
    return false;
  }

  @Override
  public boolean supportsSchemasInIndexDefinitions() throws java.sql.SQLException {
    return false;
  }

  @Override
  public boolean supportsSchemasInPrivilegeDefinitions() throws java.sql.SQLException {
    return false;
  }

  @Override
  public boolean supportsSchemasInProcedureCalls() throws java.sql.SQLException {
    return false;
  }

  @Override
  public boolean supportsSchemasInTableDefinitions() throws java.sql.SQLException {
    return false;
  }

  @Override
  public boolean supportsSelectForUpdate() throws java.sql.SQLException {
    return false;
  }

  @Override
  public boolean supportsStoredProcedures() throws java.sql.SQLException {
    return false;
  }

  @Override
  public boolean supportsSubqueriesInQuantifieds() throws java.sql.SQLException {
    return false;
  }

  @Override
  public boolean updatesAreDetected(int a0) throws java.sql.SQLException {
    return false;
  }
}
