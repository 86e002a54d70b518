package io.ghostwire.zqlite.pool.autoconfigure;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when a database is named: {@code zqlite.path} or {@code zqlite.url}, and says which. */
final class OnZqliteDatabaseCondition extends SpringBootCondition {
  @Override
  public ConditionOutcome getMatchOutcome(
      ConditionContext context, AnnotatedTypeMetadata metadata) {
    Environment env = context.getEnvironment();
    for (String key : new String[] {"zqlite.path", "zqlite.url"}) {
      String value = env.getProperty(key);
      if (value != null && !value.isBlank()) {
        return ConditionOutcome.match("ZQLite database set by " + key + "=" + value);
      }
    }
    return ConditionOutcome.noMatch("neither zqlite.path nor zqlite.url is set");
  }
}
