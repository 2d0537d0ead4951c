package org.hrdcasework.system.security;

import java.util.Map;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tasklist, Cockpit and Admin sign in with the session of our sign-in page (Camunda's
 * container-based authentication): Camunda's filter runs right after Spring Security's chain on
 * the webapps' pages and API, and takes the person from {@link SpringSecurityWebappAuthentication}.
 * Their own login form is not used; which webapp a person may open is still decided by the
 * engine's application authorizations.
 */
@Configuration(proxyBeanMethods = false)
class WebappSignIn {

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappContainerAuthentication(CamundaBpmProperties camunda) {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setInitParameters(Map.of(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                SpringSecurityWebappAuthentication.class.getName()));
        String webapps = camunda.getWebapp().getApplicationPath();
        registration.addUrlPatterns(webapps + "/app/*", webapps + "/api/*");
        // After Spring Security's chain (which has signed the request in), before the webapps' filters.
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }
}
