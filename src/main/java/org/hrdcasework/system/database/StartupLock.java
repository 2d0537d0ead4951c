package org.hrdcasework.system.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Nodes start one at a time on a shared database. Before the engine creates or upgrades its
 * schema, this node takes a PostgreSQL advisory lock; it holds it through the deployments and
 * every start-up task (identities, Tasklist filters, report cycles, demo data) and lets go when the
 * application is ready for traffic. The next node then finds everything in place instead of racing
 * to create it (two engines creating the schema at once made one die on a duplicate key). The
 * lock belongs to a connection: a node that dies while starting releases it with its connection.
 */
@Component
class StartupLock extends AbstractProcessEnginePlugin implements AutoCloseable {

    /** The advisory lock's key: "hrd-start" as a number, the same on every node. */
    static final long KEY = 0x6872642d7374L;
    private static final Logger log = LoggerFactory.getLogger(StartupLock.class);

    private final DataSource dataSource;
    private Connection holder;

    StartupLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public synchronized void preInit(ProcessEngineConfigurationImpl configuration) {
        if (holder != null) {
            return;
        }
        long waitingSince = System.nanoTime();
        try {
            Connection connection = dataSource.getConnection();
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_lock(?)")) {
                connection.setAutoCommit(true);
                lock.setLong(1, KEY);
                lock.execute();
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
            holder = connection;
        } catch (SQLException e) {
            throw new IllegalStateException("The start-up lock could not be taken: " + e.getMessage(), e);
        }
        long waitedMillis = (System.nanoTime() - waitingSince) / 1_000_000;
        if (waitedMillis > 1000) {
            log.info("Started after another node finished starting ({} ms)", waitedMillis);
        }
    }

    @EventListener
    void ready(AvailabilityChangeEvent<ReadinessState> event) {
        if (event.getState() == ReadinessState.ACCEPTING_TRAFFIC) {
            close();
        }
    }

    /** Lets go of the lock (when ready, or when the start fails and the context closes). */
    @Override
    public synchronized void close() {
        if (holder == null) {
            return;
        }
        try (Connection connection = holder; PreparedStatement unlock = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            unlock.setLong(1, KEY);
            unlock.execute();
        } catch (SQLException e) {
            log.warn("The start-up lock was released with its connection: {}", e.getMessage());
        } finally {
            holder = null;
        }
    }
}
