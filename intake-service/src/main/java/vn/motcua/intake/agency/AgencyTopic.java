package vn.motcua.intake.agency;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import vn.motcua.platform.events.Topics;

/**
 * Makes the agencies topic compacted (the newest profile of each agency kept for ever, so a new consumer group
 * reads the whole directory from the start), whether it is new or was auto-created by a consumer first. Where the
 * broker forbids it (managed Kafka without admin rights) the operator creates it so; the service goes on.
 */
@ApplicationScoped
public class AgencyTopic {

    private final Map<String, Object> kafkaConfig;

    public AgencyTopic(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        this.kafkaConfig = kafkaConfig;
    }

    void onStart(@Observes @Priority(10) StartupEvent ev) {
        Map<String, Object> props = new java.util.HashMap<>();
        kafkaConfig.forEach((k, v) -> {
            if (org.apache.kafka.clients.admin.AdminClientConfig.configNames().contains(k)) {
                props.put(k, v);
            }
        });
        try (Admin admin = Admin.create(props)) {
            try {
                admin.createTopics(List.of(new NewTopic(Topics.AGENCIES, java.util.Optional.empty(), java.util.Optional.empty())
                        .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT))))
                        .all().get(15, TimeUnit.SECONDS);
                Log.infof("topic %s created (compacted)", Topics.AGENCIES);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
                ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, Topics.AGENCIES);
                admin.incrementalAlterConfigs(Map.of(topic, List.of(new AlterConfigOp(
                        new ConfigEntry(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT),
                        AlterConfigOp.OpType.SET)))).all().get(15, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            Log.warnf("topic %s could not be made compacted (create it with cleanup.policy=compact): %s%s", Topics.AGENCIES,
                    e.toString(), e.getCause() == null ? "" : " — " + e.getCause());
        }
    }
}
