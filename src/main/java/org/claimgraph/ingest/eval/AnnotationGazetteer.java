package org.claimgraph.ingest.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimgraph.corpus.Annotations;
import org.claimgraph.ingest.KnownActor;

/**
 * The actors a database would hand the pipeline, built from the annotation file's actor list: names, kinds and
 * aliases only, with synthetic ids in file order. Claims, sources and quotes are not used.
 */
final class AnnotationGazetteer {

    private final Map<String, KnownActor> byKey = new LinkedHashMap<>();

    AnnotationGazetteer(Annotations annotations) {
        long id = 1;
        for (Annotations.ActorEntry a : annotations.actors()) {
            List<String> aliases = new ArrayList<>();
            aliases.add(a.name());
            if (a.aliases() != null) {
                aliases.addAll(a.aliases());
            }
            byKey.put(a.key(), new KnownActor(id++, a.name(), a.kind(), aliases));
        }
    }

    List<KnownActor> actors() {
        return List.copyOf(byKey.values());
    }

    KnownActor byKey(String key) {
        return byKey.get(key);
    }
}
