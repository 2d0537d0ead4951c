package org.hrdcasework;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Case management for diplomatic missions that protect human rights defenders. */
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
public class HrdCaseworkApplication {

    public static void main(String[] args) {
        SpringApplication.run(HrdCaseworkApplication.class, args);
    }
}
