package london.patchwork.server.site;

import jakarta.inject.Singleton;
import london.patchwork.server.instance.Uris;
import london.patchwork.web.hub.DatasetsView;
import london.patchwork.web.layout.PageMeta;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every dataset the capabilities publish ({@link DatasetSource} beans), grouped by section for the page and flat for alternates. */
@Singleton
public class Datasets {

    private final List<DatasetSource> sources;
    private final Uris uris;

    public Datasets(List<DatasetSource> sources, Uris uris) {
        this.sources = sources;
        this.uris = uris;
    }

    /** Every dataset, each source's in its own order; sources in bean order. */
    public List<DatasetSource.Dataset> all() {
        List<DatasetSource.Dataset> all = new ArrayList<>();
        sources.forEach(source -> all.addAll(source.datasets()));
        return all;
    }

    /** Sections in the order their first dataset comes. */
    List<DatasetsView.Section> sections() {
        Map<String, List<DatasetsView.Entry>> bySection = new LinkedHashMap<>();
        for (DatasetSource.Dataset dataset : all()) {
            bySection.computeIfAbsent(dataset.section(), section -> new ArrayList<>()).add(new DatasetsView.Entry(
                    dataset.title(), dataset.description(), dataset.path(), dataset.format(), dataset.mediaType()));
        }
        return bySection.entrySet().stream()
                .map(section -> new DatasetsView.Section(section.getKey(), section.getValue())).toList();
    }

    /** {@code <link rel="alternate">}s for the home page's head, with absolute addresses. */
    List<PageMeta.Feed> alternates() {
        return all().stream().map(dataset -> new PageMeta.Feed(dataset.mediaType(), dataset.title(),
                uris.page(dataset.path()).toString())).toList();
    }
}
