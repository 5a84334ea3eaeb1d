package cn.ecopark.flow.indexsystem;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The versioned index-system files on the classpath (index-system/v1.json, v2.json …). A file that does not
 * hold together (an item in an unknown group, a group asking more than it has) fails the start-up.
 */
@Component
public class IndexCatalogues {

    private final Map<String, IndexCatalogue> byVersion = new LinkedHashMap<>();

    public IndexCatalogues() {
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:index-system/v*.json");
            for (Resource file : files) {
                try (InputStream in = file.getInputStream()) {
                    IndexCatalogue catalogue = json.readValue(in, IndexCatalogue.class);
                    check(catalogue, file.getFilename());
                    byVersion.put(catalogue.version(), catalogue);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the index-system files", e);
        }
        if (byVersion.isEmpty()) {
            throw new IllegalStateException("No index-system/v*.json on the classpath");
        }
    }

    /** Versions administrators saved (table index_catalogue_edit); none when no database is wired (unit tests). */
    private Function<String, Optional<IndexCatalogue>> stored = v -> Optional.empty();
    private Supplier<Optional<IndexCatalogue>> newestStored = Optional::empty;

    void stored(Function<String, Optional<IndexCatalogue>> byVersion, Supplier<Optional<IndexCatalogue>> newest) {
        this.stored = byVersion;
        this.newestStored = newest;
    }

    public Optional<IndexCatalogue> version(String version) {
        return Optional.ofNullable(byVersion.get(version)).or(() -> stored.apply(version));
    }

    /** The newest version, shipped or saved by an administrator (v2 after v1): what a new application is judged by. */
    public IndexCatalogue current() {
        IndexCatalogue shipped = byVersion.values().stream().max(Comparator.comparingInt(IndexCatalogues::number)).orElseThrow();
        return newestStored.get().filter(c -> number(c) > number(shipped)).orElse(shipped);
    }

    static int number(IndexCatalogue catalogue) {
        return Integer.parseInt(catalogue.version().substring(1));
    }

    /** Refuses a catalogue that does not hold together, naming what is wrong. */
    static void check(IndexCatalogue catalogue) {
        check(catalogue, catalogue.version() + ".json");
    }

    private static void check(IndexCatalogue catalogue, String file) {
        if (catalogue.version() == null || !catalogue.version().matches("v\\d+") || !file.equals(catalogue.version() + ".json")) {
            throw new IllegalStateException(file + ": version must be v<n> and match the file name");
        }
        for (IndexCatalogue.Item item : catalogue.items()) {
            if ((item.rule() == IndexCatalogue.Rule.GROUP) != (item.group() != null)) {
                throw new IllegalStateException(file + ": " + item.code() + " is in a group exactly when its rule is GROUP");
            }
            if (item.group() != null && catalogue.group(item.group()).isEmpty()) {
                throw new IllegalStateException(file + ": " + item.code() + " names unknown group " + item.group());
            }
            if (item.confirmed() && item.direction() != IndexCatalogue.Direction.PRESENT && item.threshold() == null) {
                throw new IllegalStateException(file + ": " + item.code() + " is confirmed but has no threshold");
            }
        }
        for (IndexCatalogue.Group group : catalogue.groups()) {
            long members = catalogue.items().stream().filter(i -> group.code().equals(i.group())).count();
            if (group.atLeast() < 1 || group.atLeast() > members) {
                throw new IllegalStateException(file + ": group " + group.code() + " asks " + group.atLeast() + " of " + members);
            }
        }
    }
}
