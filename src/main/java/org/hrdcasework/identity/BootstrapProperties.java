package org.hrdcasework.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** First administrator for a real deployment (no demo profile): {@code ADMIN_USER}, {@code ADMIN_PASSWORD}. */
@ConfigurationProperties("hrd.bootstrap")
record BootstrapProperties(String adminUser, String adminPassword) {

    @Override
    public String toString() {
        return "BootstrapProperties[adminUser=" + adminUser + ", adminPassword=<hidden>]";
    }
}
