package com.perftarget.seed;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The demo data: which seed document, for which unit and year, the demo password and the login of each
 * 项目负责人 named in the seed.
 */
@ConfigurationProperties("perftarget.demo")
public record DemoProperties(boolean enabled, String password, String unitCode, String unitName, int year,
                             String seedDocument, Map<String, String> leaderLogins) {
}
