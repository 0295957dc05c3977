package org.npswatch.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the packages following the data flow (docs/architecture.md): a package may use only the
 * packages before it, nothing uses {@code app}, and only {@code extract} parses HTML with jsoup.
 */
class PackageDependencyTest {
    private static final Path MAIN = Path.of("src/main/java/org/npswatch");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);
    private static final Pattern QUALIFIED_USE = Pattern.compile("\\borg\\.npswatch\\.(\\w+)\\.");

    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("model", Set.of()),
            Map.entry("config", Set.of("model")),
            Map.entry("source", Set.of("model", "config")),
            Map.entry("fetch", Set.of("model", "config")),
            Map.entry("lexicon", Set.of("model")),
            Map.entry("extract", Set.of("model", "config", "lexicon", "fetch")),
            Map.entry("index", Set.of("model", "lexicon", "config")),
            Map.entry("store", Set.of("model", "config")),
            Map.entry("detect", Set.of("model", "store")),
            Map.entry("notify", Set.of("model", "config")),
            Map.entry("web", Set.of("model", "index", "store", "config", "lexicon")),
            Map.entry("market", Set.of("model", "config")),
            Map.entry("app", Set.of("model", "config", "source", "fetch", "lexicon", "extract", "index", "store",
                    "detect", "notify", "web", "market")));

    @Test
    void packagesDependOnlyOnEarlierStagesOfTheDataFlow() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : javaFiles()) {
            String pkg = topPackage(file);
            String src = Files.readString(file);
            Set<String> allowed = ALLOWED.get(pkg);
            if (allowed == null) {
                violations.add(file + ": package '" + pkg + "' is not in the architecture table");
                continue;
            }
            for (String target : usedPackages(src)) {
                if (!target.equals(pkg) && !allowed.contains(target)) {
                    violations.add(file + ": " + pkg + " must not use " + target);
                }
            }
            if (!pkg.equals("extract") && src.contains("import org.jsoup")) {
                violations.add(file + ": only extract may import jsoup");
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void everyPackageHasPackageInfo() throws IOException {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> dirs = Files.walk(MAIN)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                boolean hasJava;
                try (Stream<Path> f = Files.list(d)) {
                    hasJava = f.anyMatch(p -> p.toString().endsWith(".java"));
                }
                if (hasJava && !Files.exists(d.resolve("package-info.java"))) {
                    missing.add(MAIN.relativize(d).toString());
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    private static List<String> usedPackages(String src) {
        List<String> out = new ArrayList<>();
        Matcher m = IMPORT.matcher(src);
        while (m.find()) {
            String imp = m.group(1);
            if (imp.startsWith("org.npswatch.")) {
                out.add(imp.substring("org.npswatch.".length()).split("\\.")[0]);
            }
        }
        String code = src.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\n]*", "").replaceAll("(?m)^(package|import) .*$", "");
        Matcher q = QUALIFIED_USE.matcher(code);
        while (q.find()) {
            out.add(q.group(1));
        }
        return out;
    }

    private static String topPackage(Path file) {
        return MAIN.relativize(file).getName(0).toString();
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> s = Files.walk(MAIN)) {
            return s.filter(p -> p.toString().endsWith(".java") && p.getNameCount() > MAIN.getNameCount() + 1).toList();
        }
    }
}
