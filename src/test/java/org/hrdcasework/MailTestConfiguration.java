package org.hrdcasework;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** A real SMTP server in the test JVM, on the port application-test.yaml gives the app. */
@TestConfiguration(proxyBeanMethods = false)
public class MailTestConfiguration {

    @Bean(initMethod = "start", destroyMethod = "stop")
    GreenMail greenMail() {
        return new GreenMail(new ServerSetup(3025, "localhost", ServerSetup.PROTOCOL_SMTP));
    }
}
