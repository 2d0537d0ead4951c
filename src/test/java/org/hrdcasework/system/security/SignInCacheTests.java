package org.hrdcasework.system.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.hrdcasework.CaseworkIntegrationTest;
import org.hrdcasework.Http;
import org.hrdcasework.cases.CaseDriver;
import org.hrdcasework.cases.ThreatType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * A repeated HTTP Basic sign-in is answered without the database, and nothing it remembers
 * outlives a change: a wrong password, a new password, a mission taken away apply to the very
 * next request.
 */
@CaseworkIntegrationTest
class SignInCacheTests {

    private static final String USER = "cache.officer";
    private static final String PASSWORD = "Sign-In-Cache-2026!";

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;
    @Autowired
    CaseDriver driver;
    Http http;

    @BeforeEach
    void createOfficer() {
        http = new Http(port);
        User user = identityService.newUser(USER);
        user.setFirstName("Cache");
        user.setLastName("Officer");
        user.setPassword(PASSWORD);
        identityService.saveUser(user);
        identityService.createMembership(USER, "case-officers");
        identityService.createTenantUserMembership("mission-alpha", USER);
    }

    @AfterEach
    void removeOfficer() {
        identityService.deleteUser(USER);
    }

    private HttpResponse<String> tasks(String password) {
        return http.send(http.request("/engine-rest/task/count", null).header("Authorization", Http.basic(USER, password)).GET().build());
    }

    @Test
    void aRepeatedSignInAsksTheEngineOnce() {
        AtomicInteger engineCalls = new AtomicInteger();
        IdentityService counting = (IdentityService) Proxy.newProxyInstance(IdentityService.class.getClassLoader(),
                new Class<?>[] {IdentityService.class}, (proxy, method, args) -> {
                    engineCalls.incrementAndGet();
                    try {
                        return method.invoke(identityService, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        EngineIdentityAuthenticationProvider provider = new EngineIdentityAuthenticationProvider(counting, new SignInCache(30));
        for (int i = 0; i < 5; i++) {
            Authentication signedIn = provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(USER, PASSWORD));
            assertThat(((Caller) signedIn.getPrincipal()).missions()).containsExactly("mission-alpha");
        }
        // checkPassword, the group query, the tenant query: once, for the first sign-in only.
        assertThat(engineCalls).hasValue(3);
        assertThatThrownBy(() -> provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(USER, PASSWORD + "x")))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void aWrongPasswordIsRefusedAfterTheRightOneWasRemembered() {
        assertThat(tasks(PASSWORD).statusCode()).isEqualTo(200);
        assertThat(tasks(PASSWORD + "x").statusCode()).isEqualTo(401);
        assertThat(tasks("").statusCode()).isEqualTo(401);
    }

    @Test
    void aNewPasswordAppliesToTheNextRequest() {
        assertThat(tasks(PASSWORD).statusCode()).isEqualTo(200);
        User user = identityService.createUserQuery().userId(USER).singleResult();
        user.setPassword("Changed-Password-2026!");
        identityService.saveUser(user);
        assertThat(tasks(PASSWORD).statusCode()).as("the old password, once remembered").isEqualTo(401);
        // That wrong password locked the account for a few seconds.
        identityService.unlockUser(USER);
        assertThat(tasks("Changed-Password-2026!").statusCode()).isEqualTo(200);
    }

    @Test
    void aMissionTakenAwayAppliesToTheNextRequest() {
        driver.fileReport(ThreatType.ARREST);
        assertThat(Long.parseLong(tasks(PASSWORD).body().replaceAll("\\D", ""))).as("Alpha tasks visible").isPositive();
        identityService.deleteTenantUserMembership("mission-alpha", USER);
        HttpResponse<String> after = tasks(PASSWORD);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.body()).as("tasks visible without a mission").isEqualTo("{\"count\":0}");
    }
}
