package com.perftarget.shared;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

import com.zaxxer.hikari.HikariDataSource;

/**
 * On PostgreSQL the driver sends a batch of inserts as one multi-row insert ({@value #PROPERTY}): a table's
 * indicator rows become one statement instead of one each, and so do the engine's inserts of one kind in a flush
 * (the engine does not count the rows of an insert for exactly this setting, CAM-10990). Added to the pool's
 * connection properties whatever URL the operator gives; other databases (H2) do not know the property.
 */
@Component
public class PostgresBatchedInserts implements BeanPostProcessor {

    /** The PostgreSQL driver's connection property, and the value it gets. */
    public static final String PROPERTY = "reWriteBatchedInserts";
    public static final String VALUE = "true";

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
                && pool.getJdbcUrl().startsWith("jdbc:postgresql:")) {
            pool.addDataSourceProperty(PROPERTY, VALUE);
        }
        return bean;
    }
}
