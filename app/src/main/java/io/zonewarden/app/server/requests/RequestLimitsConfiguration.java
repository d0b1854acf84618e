package io.zonewarden.app.server.requests;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/** Puts {@link RequestLimits} first in the filter chain and {@link CloseAfterRefusal} into Tomcat. */
@Configuration
class RequestLimitsConfiguration {

    @Bean
    RequestLimitSettings requestLimitSettings(
            @Value("${zonewarden.max-upload:1GB}") DataSize maxUpload,
            @Value("${zonewarden.limits.max-body:65MB}") DataSize maxBody,
            @Value("${zonewarden.limits.anonymous-body:64KB}") DataSize anonymousBody,
            @Value("${zonewarden.limits.anonymous-per-address:8}") int anonymousPerAddress,
            @Value("${zonewarden.limits.anonymous-total:32}") int anonymousTotal,
            @Value("${zonewarden.limits.minimum-rate:1KB}") DataSize minimumRate,
            @Value("${zonewarden.limits.grace:30s}") Duration grace,
            @Value("${zonewarden.limits.anonymous-grace:5s}") Duration anonymousGrace) {
        return new RequestLimitSettings(
                maxUpload.toBytes(),
                maxBody.toBytes(),
                anonymousBody.toBytes(),
                anonymousPerAddress,
                anonymousTotal,
                minimumRate.toBytes(),
                grace.toMillis(),
                anonymousGrace.toMillis());
    }

    @Bean
    FilterRegistrationBean<RequestLimits> requestLimits(RequestLimitSettings settings) {
        var registration = new FilterRegistrationBean<>(new RequestLimits(settings));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> closeAfterRefusal() {
        return factory -> factory.addEngineValves(new CloseAfterRefusal());
    }
}
