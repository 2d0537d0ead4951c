package org.hrdcasework;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.springframework.boot.test.context.SpringBootTest;
import org.hrdcasework.system.security.TestIdentityProvider;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a random port, on its embedded PostgreSQL, with demo data. Every
 * class using exactly this annotation shares one Spring context and one database, and reports
 * its process test coverage. Single sign-on is on, with the OpenID provider of the tests
 * ({@link TestIdentityProvider}); password sign-in stays on beside it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@ContextConfiguration(initializers = TestIdentityProvider.Initializer.class)
// Process test coverage: an HTML and JSON report per test class under target/process-test-coverage.
@Import({ProcessEngineCoverageConfiguration.class, MailTestConfiguration.class, TestClockConfiguration.class})
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface CaseworkIntegrationTest {
}
