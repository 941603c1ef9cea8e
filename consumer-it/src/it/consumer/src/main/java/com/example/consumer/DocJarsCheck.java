package com.example.consumer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;

/**
 * Checks the sources and javadoc jars the build copied by coordinates: for each artifact named in the second
 * argument, a sources jar with Java files and a javadoc jar with an index.html.
 */
public final class DocJarsCheck {

    private DocJarsCheck() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        for (String artifact : args[1].split(",")) {
            expect(dir, artifact, "sources", ".java");
            expect(dir, artifact, "javadoc", "index.html");
        }
        System.out.println("consumer: sources and javadoc jars of " + args[1] + " resolved by coordinates");
    }

    private static void expect(Path dir, String artifact, String classifier, String entrySuffix) throws IOException {
        try (var files = Files.list(dir)) {
            Path jar = files.filter(f -> f.getFileName().toString().startsWith(artifact + "-")
                            && f.getFileName().toString().endsWith("-" + classifier + ".jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no " + classifier + " jar of " + artifact + " in " + dir));
            try (var jarFile = new JarFile(jar.toFile())) {
                if (jarFile.stream().noneMatch(e -> e.getName().endsWith(entrySuffix))) {
                    throw new IllegalStateException(jar + " has no " + entrySuffix);
                }
            }
        }
    }
}
