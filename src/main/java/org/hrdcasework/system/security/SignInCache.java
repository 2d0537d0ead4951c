package org.hrdcasework.system.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.hrdcasework.system.engine.IdentityChanged;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Remembers a successful HTTP Basic sign-in for a short time, so that a client sending its
 * credentials with every request (the API, scripts, our pages) does not cost three database
 * transactions (password, groups, missions) before each request's own work.
 * <ul>
 *   <li>Only a keyed digest of the credentials is kept (HMAC-SHA256 under a key made at start and
 *   never stored), never the password; a different password is not a hit and goes to the engine's
 *   check, with its lock-out and audit.</li>
 *   <li>Any change of users, roles or missions on this node forgets every entry at once
 *   ({@link IdentityChanged}), and a wrong password forgets its user's entry (it may have locked the
 *   account); a change made on another node takes effect here within the time to live
 *   ({@code hrd.security.sign-in-cache-seconds}, 30 s; 0 turns the cache off).</li>
 * </ul>
 */
@Component
public class SignInCache {

    /** More distinct users than any mission network has: past it, start again rather than grow. */
    private static final int MAX_ENTRIES = 10_000;

    private final long timeToLiveNanos;
    private final SecretKeySpec key;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    SignInCache(@Value("${hrd.security.sign-in-cache-seconds:30}") long seconds) {
        this.timeToLiveNanos = Duration.ofSeconds(Math.max(0, seconds)).toNanos();
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    Optional<Caller> find(String userId, String password) {
        Entry entry = entries.get(userId);
        if (entry == null || System.nanoTime() - entry.rememberedAt() > timeToLiveNanos
                || !MessageDigest.isEqual(entry.digest(), digest(userId, password))) {
            return Optional.empty();
        }
        return Optional.of(entry.caller());
    }

    void remember(String userId, String password, Caller caller) {
        if (timeToLiveNanos == 0) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(userId, new Entry(digest(userId, password), caller, System.nanoTime()));
    }

    void forget(String userId) {
        entries.remove(userId);
    }

    @EventListener
    void forgetAll(IdentityChanged change) {
        entries.clear();
    }

    private byte[] digest(String userId, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(userId.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private record Entry(byte[] digest, Caller caller, long rememberedAt) {
    }
}
