package io.ghostwire.zqlite.r2dbc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The Java-side parameter scan must number parameters exactly as the engine does. */
class ParametersTest {
  @Test
  void positionalParametersCountUp() {
    Parameters p = Parameters.scan("INSERT INTO t VALUES (?, ?, ?)");
    assertThat(p.count()).isEqualTo(3);
    assertThat(p.indexOf("?2")).isEqualTo(1);
    assertThat(p.indexOf("3")).isEqualTo(2);
  }

  @Test
  void numberedParametersTakeTheirNumber() {
    Parameters p = Parameters.scan("SELECT ?3, ?1, ?");
    assertThat(p.count()).isEqualTo(4);
    assertThat(p.indexOf("?3")).isEqualTo(2);
  }

  @Test
  void namedParametersKeepTheirIndexWhenRepeated() {
    Parameters p = Parameters.scan("SELECT :a, $b, @c, :a, $1");
    assertThat(p.count()).isEqualTo(4);
    assertThat(p.indexOf(":a")).isEqualTo(0);
    assertThat(p.indexOf("a")).isEqualTo(0);
    assertThat(p.indexOf("$b")).isEqualTo(1);
    assertThat(p.indexOf("c")).isEqualTo(2);
    assertThat(p.indexOf("$1")).isEqualTo(3);
    assertThat(p.indexOf("1")).isEqualTo(3);
    assertThat(p.indexOf("missing")).isEqualTo(-1);
  }

  @Test
  void literalsQuotedNamesAndCommentsAreSkipped() {
    String sql =
        "SELECT '?', 'it''s :x', \"?\", `$y`, [:z] -- ? :w\n, /* $v ? */ ? FROM t WHERE a = ?";
    Parameters p = Parameters.scan(sql);
    assertThat(p.count()).isEqualTo(2);
  }

  @Test
  void blankTailsHoldOnlySpacesSemicolonsAndComments() {
    assertThat(Parameters.isBlank(" ;\n-- done\n/* x */ ;")).isTrue();
    assertThat(Parameters.isBlank("; SELECT 1")).isFalse();
  }
}
