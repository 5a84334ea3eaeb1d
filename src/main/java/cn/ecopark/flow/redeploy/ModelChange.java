package cn.ecopark.flow.redeploy;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/**
 * One line of the model change log: a deployment, a refused deployment or a migration of running cases, with
 * who (null: the system at start-up), when and what. {@code details}: the problems, definitions or migration report.
 */
public record ModelChange(long id, Kind kind, String actor, Instant changedAt, String deploymentId, String deploymentName,
                          String source, String processKeys, String summary, JsonNode details) {

    public enum Kind {
        DEPLOYED("部署"), REFUSED("拒绝部署"), MIGRATION("迁移运行中案件");

        private final String chineseName;

        Kind(String chineseName) {
            this.chineseName = chineseName;
        }

        public String chineseName() {
            return chineseName;
        }
    }
}
