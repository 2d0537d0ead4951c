package org.hrdcasework.system.database;

import javax.sql.DataSource;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.support.SQLErrorCodesFactory;
import org.springframework.stereotype.Component;

/**
 * Learns the database's error codes while it is up. Spring learns them on the first failure to
 * translate, by opening a connection; when that failure is "the database is gone", each such attempt
 * waits out the pool's timeout again and the 503 comes seconds late.
 */
@Component
class SqlErrorCodesAtStart {

    private final DataSource dataSource;

    SqlErrorCodesAtStart(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @EventListener(ApplicationReadyEvent.class)
    void learn() {
        SQLErrorCodesFactory.getInstance().getErrorCodes(dataSource);
    }
}
