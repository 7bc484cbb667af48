package com.perftarget.api;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.ServletRegistration;

import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/** Both engine REST APIs answer failures through {@link EngineRestErrors}. */
@Configuration
public class EngineRestConfiguration {

    /** {@code /engine-rest}: the starter's resource configuration, plus our error mapping. */
    @Bean
    public CamundaJerseyResourceConfig engineRestResourceConfig() {
        return new CamundaJerseyResourceConfig() {
            @Override
            protected void registerCamundaRestResources() {
                registerClasses(CamundaRestResources.getResourceClasses());
                registerClasses(EngineRestErrors.providers());
                register(JacksonFeature.class);
            }
        };
    }

    /**
     * {@code /camunda/api/engine}, which Tasklist and Cockpit call: registered here first, exactly as the webapp
     * starter would (it skips a servlet that exists), with our error mapping added to the engine's providers.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    public ServletContextInitializer webappEngineApiWithErrorMapping(CamundaBpmProperties camunda) {
        return servletContext -> {
            ServletRegistration.Dynamic engineApi = servletContext.addServlet("Engine Api", ServletContainer.class);
            engineApi.addMapping(camunda.getWebapp().getApplicationPath() + "/api/engine/*");
            engineApi.setInitParameters(Map.of("jakarta.ws.rs.Application", WebappEngineApi.class.getName()));
        };
    }

    /** The webapps' engine API with our error mapping. */
    public static class WebappEngineApi extends EngineRestApplication {
        @Override
        public Set<Class<?>> getClasses() {
            Set<Class<?>> classes = new HashSet<>(super.getClasses());
            classes.removeAll(CamundaRestResources.getConfigurationClasses());
            classes.addAll(EngineRestErrors.providers());
            return classes;
        }
    }
}
