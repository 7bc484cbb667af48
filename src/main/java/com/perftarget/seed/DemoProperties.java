package com.perftarget.seed;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The demo data: which seed document, for which unit and year and under which validation profile, the demo
 * password, the login of each 项目负责人 named in the seed, and which projects are 一般性项目.
 */
@ConfigurationProperties("perftarget.demo")
public record DemoProperties(boolean enabled, String password, String unitCode, String unitName, int year,
                             String profile, String seedDocument, Map<String, String> leaderLogins,
                             List<String> generalProjects) {
}
