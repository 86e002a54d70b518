package io.ghostwire.zqlite.pool.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ghostwire.zqlite.Zqlite;
import io.ghostwire.zqlite.ZqliteConnection;
import io.ghostwire.zqlite.ZqliteException;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Observations around real statements: names, keys, errors. */
class ZqliteObservationsTest {

  @Test
  void statementsBecomeObservationsWithKindPoolSqlAndErrors() throws Exception {
    List<Observation.Context> stopped = new ArrayList<>();
    ObservationRegistry registry = ObservationRegistry.create();
    registry
        .observationConfig()
        .observationHandler(
            new ObservationHandler<>() {
              @Override
              public void onStop(Observation.Context context) {
                stopped.add(context);
              }

              @Override
              public boolean supportsContext(Observation.Context context) {
                return true;
              }
            });
    ZqliteObservations observations = new ZqliteObservations(registry, "main");
    try (ZqliteConnection db = Zqlite.openMemory()) {
      db.execute("CREATE TABLE t(x)");
      String insert = "  INSERT INTO t VALUES (?)";
      long changed = observations.observe(insert, () -> db.executeUpdate(insert, 1));
      assertThat(changed).isEqualTo(1);
      assertThatThrownBy(() -> observations.observe("SELEC 1", () -> db.executeUpdate("SELEC 1")))
          .isInstanceOf(ZqliteException.class);
    }
    assertThat(stopped).hasSize(2);
    Observation.Context ok = stopped.get(0);
    assertThat(ok.getName()).isEqualTo("zqlite.statement");
    assertThat(ok.getContextualName()).isEqualTo("zqlite insert");
    assertThat(ok.getLowCardinalityKeyValue("kind").getValue()).isEqualTo("insert");
    assertThat(ok.getLowCardinalityKeyValue("pool").getValue()).isEqualTo("main");
    assertThat(ok.getHighCardinalityKeyValue("db.statement").getValue()).contains("INSERT INTO t");
    assertThat(ok.getError()).isNull();
    assertThat(stopped.get(1).getError()).isInstanceOf(ZqliteException.class);
    assertThat(ZqliteObservations.kindOf("(select 1)")).isEqualTo("select");
    assertThat(ZqliteObservations.kindOf("")).isEqualTo("other");
  }
}
