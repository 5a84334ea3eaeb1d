package cn.ecopark.flow.cluster;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Nodes of a cluster start one after the other. Each start creates or upgrades tables (Flyway, Camunda's
 * schema update), deploys models and seeds groups, users, authorizations and filters; two nodes doing that in
 * the same second on one database fought over unique keys and optimistic locks, and one died. So the first
 * thing a node does once it has its database is take MySQL's named lock {@value #LOCK}:<database> (GET_LOCK: held by the
 * connection, freed by the server if the node dies) and keep it until it is ready; the next node waits for it.
 * H2 (embedded, one node) needs none.
 */
@Component
class StartupLock implements BeanPostProcessor, ApplicationListener<SpringApplicationEvent> {

    static final String LOCK = "ecopark_startup";
    private static final int WAIT_SECONDS = 600;
    private static final int ROUND_SECONDS = 10;
    private static final Logger log = LoggerFactory.getLogger(StartupLock.class);

    private Connection held;
    private String heldName;

    /** MySQL's lock names are server-wide and at most 64 characters. */
    static String lockName(String database) {
        String name = LOCK + ":" + (database == null ? "" : database);
        return name.length() <= 64 ? name : name.substring(0, 64);
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && held == null) {
            acquire(dataSource);
        }
        return bean;
    }

    private synchronized void acquire(DataSource dataSource) {
        try {
            Connection connection = dataSource.getConnection();
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (!product.contains("mysql") && !product.contains("mariadb")) {
                connection.close();
                return;
            }
            // One lock per database (schema): other databases on the same server (another deployment, a test) start freely.
            String name = lockName(connection.getCatalog());
            long started = System.nanoTime();
            // Asked in short rounds: a single long wait would outlast the driver's socket timeout (30 s).
            while (System.nanoTime() - started < WAIT_SECONDS * 1_000_000_000L) {
                try (PreparedStatement lock = connection.prepareStatement("SELECT GET_LOCK(?, ?)")) {
                    lock.setString(1, name);
                    lock.setInt(2, ROUND_SECONDS);
                    try (ResultSet result = lock.executeQuery()) {
                        if (result.next() && result.getInt(1) == 1) {
                            held = connection;
                            heldName = name;
                            log.info("Start-up lock {} taken after {} ms", name, (System.nanoTime() - started) / 1_000_000);
                            return;
                        }
                    }
                }
                log.info("Waiting for start-up lock {}: another node is starting", name);
            }
            log.warn("Start-up lock {} not obtained within {} s; starting without it", name, WAIT_SECONDS);
            connection.close();
        } catch (SQLException e) {
            // No database yet: the start fails later with the real reason; nothing to serialise.
            log.warn("Start-up lock {} not taken: {}", LOCK, e.getMessage());
        }
    }

    @Override
    public void onApplicationEvent(SpringApplicationEvent event) {
        if (event instanceof ApplicationReadyEvent || event instanceof ApplicationFailedEvent) {
            release();
        }
    }

    private synchronized void release() {
        if (held == null) {
            return;
        }
        try (Connection connection = held; PreparedStatement unlock = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
            unlock.setString(1, heldName);
            unlock.execute();
            log.info("Start-up lock {} released", heldName);
        } catch (SQLException e) {
            log.warn("Start-up lock {} release failed (the server frees it with the connection): {}", heldName, e.getMessage());
        } finally {
            held = null;
        }
    }
}
