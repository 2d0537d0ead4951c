package org.hrdcasework.models;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo/development loop: while the app runs from the project directory, a change to a file in
 * processes/ or forms/ is deployed without a restart, and the log names the changed files. The
 * whole set is deployed, not only the changed file: models bind forms, called processes and
 * decisions by deployment, so a version must carry the files it runs with (docs/designers.md).
 */
@Component
@Profile("demo")
class ModelHotDeployer implements SmartLifecycle {

    static final String DEPLOYMENT_NAME = "hrd-casework (changed in development)";
    private static final Logger log = LoggerFactory.getLogger(ModelHotDeployer.class);

    private final RepositoryService repositoryService;
    private final List<Path> directories;
    private final Map<String, String> seen = new ConcurrentHashMap<>();
    private volatile Thread watcher;

    ModelHotDeployer(RepositoryService repositoryService,
                     @Value("${hrd.dev.model-directories:processes,forms}") List<String> directories) {
        this.repositoryService = repositoryService;
        this.directories = directories.stream().map(Path::of).filter(Files::isDirectory).toList();
    }

    /** Deploys the model set if any file changed since the last look; returns the changed file names. */
    synchronized List<String> redeployIfChanged() throws IOException {
        Map<String, byte[]> files = modelFiles();
        List<String> changed = new ArrayList<>();
        files.forEach((name, content) -> {
            String hash = sha256(content);
            if (!hash.equals(seen.put(name, hash))) {
                changed.add(name);
            }
        });
        if (changed.isEmpty()) {
            return changed;
        }
        DeploymentBuilder deployment = repositoryService.createDeployment().name(DEPLOYMENT_NAME).source("hot-deploy");
        files.forEach((name, content) -> deployment.addInputStream(name, new java.io.ByteArrayInputStream(content)));
        try {
            DeploymentWithDefinitions deployed = deployment.deployWithResult();
            log.info("Deployed {} after changes to {} (deployment {})", files.keySet(), changed, deployed.getId());
        } catch (RuntimeException e) {
            // The change is rejected (e.g. a house rule); the running version stays. Say why.
            log.warn("Changes to {} were not deployed: {}", changed, e.getMessage());
            changed.forEach(seen::remove);
        }
        return changed;
    }

    private Map<String, byte[]> modelFiles() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Path directory : directories) {
            try (Stream<Path> paths = Files.list(directory)) {
                for (Path file : paths.sorted().toList()) {
                    String name = file.getFileName().toString();
                    if (name.endsWith(".bpmn") || name.endsWith(".dmn") || name.endsWith(".form")) {
                        files.put(name, Files.readAllBytes(file));
                    }
                }
            }
        }
        return files;
    }

    @Override
    public void start() {
        if (directories.isEmpty()) {
            return; // running from a jar: nothing to watch
        }
        try {
            modelFiles().forEach((name, content) -> seen.put(name, sha256(content)));
            WatchService watchService = FileSystems.getDefault().newWatchService();
            for (Path directory : directories) {
                directory.register(watchService, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
            }
            watcher = new Thread(() -> watch(watchService), "model-hot-deployer");
            watcher.setDaemon(true);
            watcher.start();
            log.info("Watching {} for model changes (demo profile)", directories);
        } catch (IOException e) {
            log.warn("Cannot watch {} for model changes: {}", directories, e.getMessage());
        }
    }

    private void watch(WatchService watchService) {
        try (watchService) {
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = watchService.take();
                Thread.sleep(300); // let editors finish writing before reading the files
                key.pollEvents();
                key.reset();
                redeployIfChanged();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            log.warn("Model watching stopped: {}", e.getMessage());
        }
    }

    @Override
    public void stop() {
        Thread thread = watcher;
        if (thread != null) {
            thread.interrupt();
        }
        watcher = null;
    }

    @Override
    public boolean isRunning() {
        return watcher != null;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
