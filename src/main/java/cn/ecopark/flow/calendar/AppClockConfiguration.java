package cn.ecopark.flow.calendar;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** The application's Clock bean: the engine's clock in China's zone ({@link AppClock}). */
@Configuration(proxyBeanMethods = false)
class AppClockConfiguration {

    @Bean
    Clock clock() {
        return AppClock.INSTANCE;
    }
}
