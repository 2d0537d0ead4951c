package org.hrdcasework;

import com.icegreen.greenmail.util.GreenMail;
import org.springframework.beans.factory.annotation.Value;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** A real SMTP server in the test JVM, on the port application-test.yaml gives the app. */
@TestConfiguration(proxyBeanMethods = false)
public class MailTestConfiguration {

    @Bean(initMethod = "start", destroyMethod = "stop")
    GreenMail greenMail(@Value("${spring.mail.port}") int port) {
        return new GreenMail(new ServerSetup(port, "localhost", ServerSetup.PROTOCOL_SMTP));
    }
}
