package cn.ecopark.flow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class EcoparkFlowApplication {

    public static void main(String[] args) {
        SpringApplication.run(EcoparkFlowApplication.class, args);
    }
}
