package com.perftarget.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Until the application is ready, a request gets 503 "starting", never an answer from a half-started application. */
class StartupGateFilterTest {

    private final ApplicationAvailabilityBean availability = new ApplicationAvailabilityBean();
    private final StartupGateFilter gate = new StartupGateFilter(availability);

    @Test
    void beforeTheApplicationIsReadyEveryRequestButTheHealthProbesGets503Starting() throws Exception {
        for (String path : new String[] {"/api/submissions", "/camunda/api/admin/auth/user/default/login/tasklist",
                "/engine-rest/task", "/camunda/app/tasklist/"}) {
            MockFilterChain chain = new MockFilterChain();
            MockHttpServletResponse response = filter(path, chain);
            assertThat(response.getStatus()).as(path).isEqualTo(503);
            assertThat(response.getHeader("Retry-After")).isEqualTo("5");
            assertThat(response.getContentAsString()).contains("系统正在启动", "\"status\":\"starting\"");
            assertThat(chain.getRequest()).as(path + " reached the application").isNull();
        }
        MockFilterChain probe = new MockFilterChain();
        filter("/actuator/health/readiness", probe);
        assertThat(probe.getRequest()).isNotNull();
    }

    @Test
    void onceReadyRequestsPass() throws Exception {
        availability.onApplicationEvent(new AvailabilityChangeEvent<>(this, ReadinessState.ACCEPTING_TRAFFIC));
        MockFilterChain chain = new MockFilterChain();
        assertThat(filter("/api/submissions", chain).getStatus()).isEqualTo(200);
        assertThat(chain.getRequest()).isNotNull();
    }

    private MockHttpServletResponse filter(String path, MockFilterChain chain) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        MockHttpServletResponse response = new MockHttpServletResponse();
        gate.doFilter(request, response, chain);
        return response;
    }
}
