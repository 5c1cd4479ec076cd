package com.haevn.environment;

import com.haevn.modules.network.Cidr;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Loads {@code environments/*.yaml}: every file, every check, all problems at once.
 *
 * <p>Within each file it checks syntax, keys (unknown, missing, repeated), types and values; across files it
 * checks that environment names are unique and that no two VPC ranges overlap anywhere.
 */
public final class EnvironmentLoader {

    private static final String EXTENSION = ".yaml";

    private EnvironmentLoader() {
    }

    /**
     * Reads every {@code *.yaml} file of {@code directory} in name order.
     *
     * @param directory the environments directory, e.g. {@code Path.of("environments")}; problems name files
     *                  relative to it as given
     * @param sections  the sections of the layers, each a required top-level key of every file
     * @return the environments, when every file is valid
     * @throws ConfigurationException listing every problem found, ordered by file and line
     */
    public static Environments load(Path directory, List<SettingsSection<?>> sections) {
        List<ConfigProblem> problems = new ArrayList<>();
        List<Path> files = list(directory, problems);
        if (files.isEmpty() && problems.isEmpty()) {
            problems.add(new ConfigProblem(directory.toString(), "", 0, "no environment files found; add one "
                    + "<name>.yaml per environment, e.g. dev.yaml"));
        }

        List<ParsedEnvironmentFile> parsed = new ArrayList<>();
        for (Path file : files) {
            read(file, sections, problems).ifPresent(parsed::add);
        }
        List<Environment> environments = new ArrayList<>();
        List<VpcCidrOverlaps.Placed> cidrs = new ArrayList<>();
        for (ParsedEnvironmentFile file : parsed) {
            problems.addAll(file.problems());
            file.environment().ifPresent(environments::add);
            file.vpcCidrs().forEach(cidr -> cidrs.add(new VpcCidrOverlaps.Placed(file.file(), cidr)));
        }
        problems.addAll(duplicateNames(parsed));
        problems.addAll(VpcCidrOverlaps.find(cidrs));

        if (!problems.isEmpty()) {
            throw new ConfigurationException(problems.stream()
                    .sorted(Comparator.comparing(ConfigProblem::file).thenComparingInt(ConfigProblem::line))
                    .toList());
        }
        return new Environments(environments);
    }

    private static List<Path> list(Path directory, List<ConfigProblem> problems) {
        if (!Files.isDirectory(directory)) {
            problems.add(new ConfigProblem(directory.toString(), "", 0, "is not a directory; point to the folder "
                    + "holding the environment files, e.g. environments"));
            return List.of();
        }
        try (Stream<Path> entries = Files.list(directory)) {
            // dot files are editor and OS leftovers (.#prod.yaml, ._prod.yaml), never environments
            List<Path> all = entries.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
            all.stream().filter(p -> p.getFileName().toString().endsWith(".yml")).forEach(p -> problems.add(
                    new ConfigProblem(p.toString(), "", 0, "is ignored because only *.yaml files are read; rename it to "
                            + stem(p, ".yml") + EXTENSION)));
            return all.stream().filter(p -> p.getFileName().toString().endsWith(EXTENSION)).toList();
        } catch (IOException e) {
            problems.add(new ConfigProblem(directory.toString(), "", 0, "cannot be listed: " + e.getMessage()));
            return List.of();
        }
    }

    private static Optional<ParsedEnvironmentFile> read(Path file, List<SettingsSection<?>> sections,
                                                        List<ConfigProblem> problems) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            problems.add(new ConfigProblem(file.toString(), "", 0, "is not UTF-8 text; save it as UTF-8"));
            return Optional.empty();
        } catch (IOException e) {
            problems.add(new ConfigProblem(file.toString(), "", 0, "cannot be read: " + e.getMessage()));
            return Optional.empty();
        }
        return Optional.of(EnvironmentFileReader.read(file.toString(), stem(file, EXTENSION), text, sections));
    }

    private static List<ConfigProblem> duplicateNames(List<ParsedEnvironmentFile> files) {
        List<ConfigProblem> problems = new ArrayList<>();
        Map<String, ParsedEnvironmentFile> first = new HashMap<>();
        for (ParsedEnvironmentFile file : files) {
            file.name().ifPresent(name -> {
                ParsedEnvironmentFile earlier = first.putIfAbsent(name.value(), file);
                if (earlier != null) {
                    problems.add(new ConfigProblem(file.file(), name.keyPath(), name.line(), "environment name \""
                            + name.value() + "\" is already used by " + earlier.file() + "; each environment needs "
                            + "its own name, equal to its file name"));
                }
            });
        }
        return problems;
    }

    private static String stem(Path file, String extension) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - extension.length());
    }
}
