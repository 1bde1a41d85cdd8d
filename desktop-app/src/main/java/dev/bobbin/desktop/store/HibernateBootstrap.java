package dev.bobbin.desktop.store;

import java.util.Collection;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;

/**
 * Builds the session factory in code: no XML, no classpath scanning, entities given by the caller.
 */
final class HibernateBootstrap {
  private HibernateBootstrap() {}

  /**
   * Whether to compare the mapping with the tables. Flyway owns the schema; checking it costs over
   * a second at every start, so the app skips it and a test runs it for every entity.
   */
  enum SchemaCheck {
    VALIDATE("validate"),
    SKIP("none");

    private final String setting;

    SchemaCheck(String setting) {
      this.setting = setting;
    }
  }

  static SessionFactory build(
      DataSource dataSource, Collection<Class<?>> entityClasses, SchemaCheck check) {
    StandardServiceRegistry registry =
        new StandardServiceRegistryBuilder()
            .applySetting(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
            .applySetting(AvailableSettings.HBM2DDL_AUTO, check.setting)
            .applySetting(
                AvailableSettings.PHYSICAL_NAMING_STRATEGY,
                PhysicalNamingStrategySnakeCaseImpl.class.getName())
            .applySetting(AvailableSettings.JDBC_TIME_ZONE, "UTC")
            .applySetting(AvailableSettings.STATEMENT_BATCH_SIZE, 50)
            .applySetting(AvailableSettings.ORDER_INSERTS, true)
            .applySetting(AvailableSettings.ORDER_UPDATES, true)
            .build();
    try {
      MetadataSources sources = new MetadataSources(registry);
      entityClasses.forEach(sources::addAnnotatedClass);
      return sources.buildMetadata().buildSessionFactory();
    } catch (RuntimeException e) {
      StandardServiceRegistryBuilder.destroy(registry);
      throw e;
    }
  }
}
