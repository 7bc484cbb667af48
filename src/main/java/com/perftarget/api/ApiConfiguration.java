package com.perftarget.api;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.apache.catalina.core.StandardHost;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import com.perftarget.access.Groups;

@Configuration
public class ApiConfiguration {

    /** The title and the authentication of the OpenAPI description of {@code /api/**} (served at /v3/api-docs). */
    @Bean
    public OpenAPI apiDescription() {
        return new OpenAPI()
                .info(new Info().title("绩效目标审批 API").version("1")
                        .description("项目支出绩效目标表的填报、审核、版本与校验。错误时返回 {\"error\", \"fieldErrors\"}。"))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }

    /** The engine's REST API answers only authenticated callers (HTTP Basic, the same users); the engine authorizes. */
    @Bean
    public FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthenticationFilter() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.addUrlPatterns("/engine-rest/*");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        return registration;
    }

    /** Requests Tomcat refuses itself get the JSON error body too. */
    @Bean
    public WebServerFactoryCustomizer<TomcatServletWebServerFactory> jsonErrorsFromTomcat() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(JsonErrorReportValve.class.getName());
            }
        });
    }

    @Bean
    public FilterRegistrationBean<ApiAuthenticationFilter> apiAuthenticationFilter(IdentityService identity) {
        FilterRegistrationBean<ApiAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ApiAuthenticationFilter(identity, null));
        registration.addUrlPatterns("/api/*");
        return registration;
    }

    /** Actuator endpoints other than health (metrics, Prometheus, info …) are for administrators only. */
    @Bean
    public FilterRegistrationBean<ApiAuthenticationFilter> actuatorAuthenticationFilter(IdentityService identity) {
        FilterRegistrationBean<ApiAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ApiAuthenticationFilter(identity, Groups.ADMIN) {
                    @Override
                    protected boolean shouldNotFilter(HttpServletRequest request) {
                        return StartupGateFilter.isHealthProbe(request);
                    }
                });
        registration.addUrlPatterns("/actuator/*");
        return registration;
    }

    /** First of all filters: 503 "starting" until the application is ready (see {@link StartupGateFilter}). */
    @Bean
    public FilterRegistrationBean<StartupGateFilter> startupGateFilter(ApplicationAvailability availability) {
        FilterRegistrationBean<StartupGateFilter> registration =
                new FilterRegistrationBean<>(new StartupGateFilter(availability));
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
