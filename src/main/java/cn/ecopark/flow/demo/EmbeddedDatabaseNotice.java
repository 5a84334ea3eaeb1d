package cn.ecopark.flow.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import java.nio.file.Path;

/** Says at start-up where the embedded database file is, so nobody wonders why their cases are gone. */
@Component
class EmbeddedDatabaseNotice implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseNotice.class);

    private final String url;
    private final String dataDir;

    EmbeddedDatabaseNotice(@Value("${spring.datasource.url:}") String url, @Value("${ecopark.data-dir:}") String dataDir) {
        this.url = url;
        this.dataDir = dataDir;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (url.startsWith("jdbc:h2:file:")) {
            log.info("内置数据库（H2）文件位于 {}（用 ECOPARK_DATA_DIR 指定别的文件夹）", Path.of(dataDir).toAbsolutePath().normalize());
        }
    }
}
