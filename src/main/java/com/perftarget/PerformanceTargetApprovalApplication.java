package com.perftarget;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class PerformanceTargetApprovalApplication {

    public static void main(String[] args) {
        SpringApplication.run(PerformanceTargetApprovalApplication.class, args);
    }
}
