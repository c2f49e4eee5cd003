package dev.nnet.lsp;

import dev.nnet.check.DataCatalog;
import dev.nnet.check.DataPeek;
import dev.nnet.check.Plan;
import dev.nnet.check.Value;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The checker reads a dataset's file (header, classes, cells) at every check, and an editor checks
 * at every keystroke: this remembers what a file gave for the same description of the dataset,
 * until the file changes on disk (its size or modification time). Errors are remembered too.
 */
final class DataCache implements DataCatalog {
    private static final int ENTRIES = 32;

    /** Everything in a dataset statement that the file's reading depends on, and the file's state. */
    private record Key(Plan.Source source, String target, List<String> features, List<String> classes,
                       Plan.Normalization normalize, Plan.Split split, long seed, List<String> drop,
                       Plan.Missing missing, boolean shuffle, Object fileState) {
    }

    /** The schema, or what reading the file threw (a DataError: a missing file, a bad cell...). */
    private record Answer(Value.Schema schema, RuntimeException error) {
    }

    private final DataCatalog files = new DataPeek();
    private final Map<Key, Answer> answers = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Answer> eldest) {
            return size() > ENTRIES;
        }
    };

    @Override
    public Value.Schema schema(Plan.Dataset draft) {
        Key key = new Key(draft.source(), draft.target(), draft.features(), draft.classes(), draft.normalize(),
                draft.split(), draft.seed(), draft.drop(), draft.missing(), draft.shuffle(), fileState(draft.source()));
        Answer answer = answers.get(key);
        if (answer == null) {
            try {
                answer = new Answer(files.schema(draft), null);
            } catch (RuntimeException e) {
                answer = new Answer(null, e);
            }
            answers.put(key, answer);
        }
        if (answer.error() != null) throw answer.error();
        return answer.schema();
    }

    private static Object fileState(Plan.Source source) {
        if (source instanceof Plan.Source.Idx idx) return List.of(fileState(idx.images()), fileState(idx.labels()));
        if (!(source instanceof Plan.Source.CsvFile csv)) return null;
        return fileState(csv.path());
    }

    private static Object fileState(java.nio.file.Path path) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            return List.of(attributes.size(), attributes.lastModifiedTime(), attributes.fileKey() == null ? ""
                    : attributes.fileKey());
        } catch (IOException | RuntimeException e) {
            return "unreadable"; // the same until the file appears, then read again
        }
    }
}
