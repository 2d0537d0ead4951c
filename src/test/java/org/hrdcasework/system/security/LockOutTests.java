package org.hrdcasework.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.hrdcasework.CaseworkIntegrationTest;
import org.hrdcasework.Http;
import org.hrdcasework.SessionClient;
import org.hrdcasework.identity.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Wrong passwords lock an account for a growing delay, never for good: after more failures than
 * the engine's default maximum (10), the right password works again once the delay has passed, for
 * administrators as for everyone, on the sign-in page as for HTTP Basic. The engine's clock is moved
 * forward instead of waiting.
 */
@CaseworkIntegrationTest
class LockOutTests {

    private static final String USER = "lockout.admin";
    private static final String PASSWORD = "Lock-Out-Test-2026!";

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;
    @Autowired
    JdbcTemplate jdbc;
    Http http;

    @BeforeEach
    void createAdministrator() {
        http = new Http(port);
        User user = identityService.newUser(USER);
        user.setFirstName("Lock");
        user.setLastName("Out");
        user.setPassword(PASSWORD);
        identityService.saveUser(user);
        identityService.createMembership(USER, Roles.ADMINISTRATORS);
    }

    @AfterEach
    void removeAdministrator() {
        ClockUtil.reset();
        identityService.deleteUser(USER);
    }

    @Test
    void anAdministratorLockedByManyWrongPasswordsGetsInAgainAfterTheDelay() {
        long now = System.currentTimeMillis();
        try {
            // 15 failures, each after the previous lock has expired, so that every one counts.
            for (int attempt = 1; attempt <= 15; attempt++) {
                now += 3_600_000;
                ClockUtil.setCurrentTime(new Date(now));
                assertThat(call(PASSWORD + "x").statusCode()).isEqualTo(401);
            }
            assertThat(attempts()).isEqualTo(15);
            Date lockedUntil = jdbc.queryForObject("SELECT lock_exp_time_ FROM act_id_user WHERE id_ = ?", Date.class, USER);
            // The delay grew to its maximum (60 s) and no further.
            assertThat(lockedUntil.getTime() - now).isEqualTo(60_000);

            // Still within the delay: even the right password is refused.
            ClockUtil.setCurrentTime(new Date(now + 59_000));
            assertThat(call(PASSWORD).statusCode()).isEqualTo(401);

            ClockUtil.setCurrentTime(new Date(now + 61_000));
            HttpResponse<String> afterDelay = call(PASSWORD);
            assertThat(afterDelay.statusCode()).as(afterDelay.body()).isEqualTo(200);
            assertThat(attempts()).as("a successful login clears the count").isZero();
        } finally {
            ClockUtil.reset();
        }
    }

    @Test
    void theDelayGrowsWithEachFailure() {
        long now = System.currentTimeMillis();
        try {
            long[] expected = {3_000, 6_000, 12_000, 24_000, 48_000, 60_000};
            for (long delay : expected) {
                now += 3_600_000;
                ClockUtil.setCurrentTime(new Date(now));
                assertThat(call("wrong").statusCode()).isEqualTo(401);
                Date lockedUntil = jdbc.queryForObject("SELECT lock_exp_time_ FROM act_id_user WHERE id_ = ?", Date.class, USER);
                assertThat(lockedUntil.getTime() - now).isEqualTo(delay);
            }
        } finally {
            ClockUtil.reset();
        }
    }

    @Test
    void theSignInPageHasTheSameLockOut() {
        long now = System.currentTimeMillis() + 3_600_000;
        try {
            ClockUtil.setCurrentTime(new Date(now));
            assertThat(signIn(PASSWORD + "x")).endsWith("/login?error=credentials");
            assertThat(attempts()).isOne();

            // Within the 3 s delay even the right password is refused, with the same message.
            ClockUtil.setCurrentTime(new Date(now + 2_000));
            assertThat(signIn(PASSWORD)).endsWith("/login?error=credentials");

            ClockUtil.setCurrentTime(new Date(now + 4_000));
            assertThat(signIn(PASSWORD)).doesNotContain("/login");
            assertThat(attempts()).as("a successful sign-in clears the count").isZero();
        } finally {
            ClockUtil.reset();
        }
    }

    /** Where the sign-in form sends the browser. */
    private String signIn(String password) {
        return new SessionClient(http).signIn(USER, password).headers().firstValue("Location").orElseThrow();
    }

    private HttpResponse<String> call(String password) {
        return http.send(http.request("/engine-rest/process-definition/count", null)
                .header("Authorization", Http.basic(USER, password)).GET().build());
    }

    private int attempts() {
        return jdbc.queryForObject("SELECT attempts_ FROM act_id_user WHERE id_ = ?", Integer.class, USER);
    }
}
