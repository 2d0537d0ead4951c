package org.hrdcasework.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** Where an encrypted value belongs: table, column and record id. Used as GCM associated data. */
public record FieldContext(String table, String column, String recordId) {

    public FieldContext {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(recordId, "recordId");
    }

    byte[] associatedData() {
        return (table + '.' + column + ':' + recordId).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return table + '.' + column + " of " + recordId;
    }
}
