package org.hrdcasework.system.security;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.net.InetAddress;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.servlet.context.AnnotationConfigServletWebServerApplicationContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * A real OpenID Connect provider (Spring Authorization Server) in the test JVM, on a random port of
 * {@code localhost}, started once for the shared test application, which {@link Initializer} points at it
 * ({@code hrd.oidc.*}). Its people and clients carry the {@code groups} claim that {@link #claims} sets,
 * so that a test can take a claim away between two sign-ins. Only the tests' own clients and users exist.
 */
public final class TestIdentityProvider {

    public static final String WEB_CLIENT = "hrd-web";
    public static final String WEB_SECRET = "web-client-secret";
    public static final String ROBOT_SECRET = "robot-secret";
    public static final String PASSWORD = "idp-password";
    /** Machine clients (client credentials): their name is the token's subject. */
    public static final List<String> ROBOTS = List.of("alpha-robot", "idle-robot", "stray-robot");

    private static final Map<String, List<String>> CLAIMS = new ConcurrentHashMap<>();
    private static final RSAKey KEY = newKey();
    private static volatile String issuer;
    private static volatile String redirectUri = "http://127.0.0.1/login/oauth2/code/ministry";

    private TestIdentityProvider() {
    }

    /** What the provider puts in the {@code groups} claim of this person's or client's next tokens. */
    public static void claims(String name, List<String> groups) {
        CLAIMS.put(name, List.copyOf(groups));
    }

    /** Where the provider sends browsers back with their code (the tests' application port). */
    static void redirectTo(String uri) {
        redirectUri = uri;
    }

    public static synchronized String issuer() {
        if (issuer == null) {
            AnnotationConfigServletWebServerApplicationContext server = new AnnotationConfigServletWebServerApplicationContext();
            server.register(Server.class);
            server.refresh();
            issuer = "http://localhost:" + server.getWebServer().getPort();
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        }
        return issuer;
    }

    /** A token as the provider would sign it, with the given claims and lifetime (for expired tokens). */
    public static String signedToken(String subject, List<String> groups, Instant issuedAt, Instant expiresAt) {
        return token(KEY, subject, groups, issuedAt, expiresAt);
    }

    /** The same, signed with a key the provider does not publish. */
    public static String tokenSignedByAnotherKey(String subject, List<String> groups) {
        return token(newKey(), subject, groups, Instant.now(), Instant.now().plusSeconds(300));
    }

    private static String token(RSAKey key, String subject, List<String> groups, Instant issuedAt, Instant expiresAt) {
        NimbusJwtEncoder encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)));
        JwtClaimsSet claims = JwtClaimsSet.builder().issuer(issuer()).subject(subject).issuedAt(issuedAt).notBefore(issuedAt)
                .expiresAt(expiresAt).claim("preferred_username", subject).claim("groups", groups).build();
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(key.getKeyID()).build();
        return encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
    }

    private static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Points the application under test at the provider (password sign-in stays on for the other tests). */
    public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of("hrd.oidc.issuer-uri=" + issuer(), "hrd.oidc.client-id=" + WEB_CLIENT,
                    "hrd.oidc.client-secret=" + WEB_SECRET, "hrd.oidc.provider-name=the test provider").applyTo(context);
        }
    }

    /** Registered by hand on its own context; not a {@code @Configuration}, so the application's scan never finds it. */
    @EnableWebSecurity
    static class Server {

        @Bean
        TomcatServletWebServerFactory webServer() {
            TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(0);
            factory.setAddress(InetAddress.getLoopbackAddress());
            // Its endpoints are filters; Tomcat runs filters only for a request some servlet maps.
            factory.setRegisterDefaultServlet(true);
            return factory;
        }

        @Bean
        @Order(1)
        SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
            OAuth2AuthorizationServerConfigurer server = OAuth2AuthorizationServerConfigurer.authorizationServer();
            return http.securityMatcher(server.getEndpointsMatcher())
                    .with(server, s -> s.oidc(Customizer.withDefaults()))
                    .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                    .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                            new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
                    .oauth2ResourceServer(rs -> rs.jwt(Customizer.withDefaults()))
                    .build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain signIn(HttpSecurity http) throws Exception {
            return http.authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                    .formLogin(Customizer.withDefaults())
                    .build();
        }

        /** Anyone with a claims entry is a person of the provider, with the one test password. */
        @Bean
        UserDetailsService people() {
            return name -> {
                if (!CLAIMS.containsKey(name) || ROBOTS.contains(name)) {
                    throw new UsernameNotFoundException("unknown");
                }
                UserDetails person = User.withUsername(name).password("{noop}" + PASSWORD).roles("USER").build();
                return person;
            };
        }

        @Bean
        RegisteredClientRepository clients() {
            return new RegisteredClientRepository() {
                @Override
                public void save(RegisteredClient registeredClient) {
                    // Clients are made anew at each look-up (the password encoding upgrade asks to save them).
                    return;
                }

                @Override
                public RegisteredClient findById(String id) {
                    return findByClientId(id);
                }

                @Override
                public RegisteredClient findByClientId(String clientId) {
                    if (WEB_CLIENT.equals(clientId)) {
                        return RegisteredClient.withId(WEB_CLIENT).clientId(WEB_CLIENT).clientSecret("{noop}" + WEB_SECRET)
                                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                                .redirectUri(redirectUri)
                                .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE).scope(OidcScopes.EMAIL)
                                .build();
                    }
                    if (ROBOTS.contains(clientId)) {
                        return RegisteredClient.withId(clientId).clientId(clientId).clientSecret("{noop}" + ROBOT_SECRET)
                                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                                .scope("casework")
                                .build();
                    }
                    return null;
                }
            };
        }

        @Bean
        JWKSource<SecurityContext> keys() {
            return new ImmutableJWKSet<>(new JWKSet(KEY));
        }

        @Bean
        JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys) {
            return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
        }

        @Bean
        AuthorizationServerSettings settings() {
            return AuthorizationServerSettings.builder().build();
        }

        /** The {@code groups} claim and the person's name, in ID tokens and access tokens. */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> groupsClaim() {
            return context -> {
                String name = context.getPrincipal().getName();
                context.getClaims().claim("preferred_username", name);
                List<String> groups = CLAIMS.get(name);
                if (groups != null && !groups.isEmpty()) {
                    context.getClaims().claim("groups", groups);
                }
            };
        }
    }
}
