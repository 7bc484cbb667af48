package com.perftarget.process;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * What one task's form may submit: the fields it defines, each with the Chinese label people read and the kind of
 * value it takes. A completion carries these and nothing else. What a field submits lives only as long as the completion
 * (a transient variable its listeners read) unless the field is {@linkplain Field#kept kept} as a process variable, as
 * a decision a gateway reads is (see {@link FormSubmissionGuard}).
 */
public record FormContract(Map<String, Field> fields) {

    public FormContract {
        fields = Map.copyOf(fields);
    }

    public static FormContract of(List<Field> fields) {
        Map<String, Field> byName = new LinkedHashMap<>();
        fields.forEach(field -> byName.put(field.name(), field));
        return new FormContract(byName);
    }

    /** A form that submits nothing. */
    public static final FormContract NONE = new FormContract(Map.of());

    public Optional<Field> field(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    /** One field a form submits; {@code kept}: stored as a process variable rather than read once and dropped. */
    public record Field(String name, String label, Kind kind, boolean kept) {

        public Field(String name, String label, Kind kind) {
            this(name, label, kind, false);
        }

        /** A field whose value the process keeps, such as the decision its gateway reads. */
        public static Field kept(String name, String label, Kind kind) {
            return new Field(name, label, kind, true);
        }
    }

    /** The value types a field takes, as Tasklist's form-js and API clients send them. */
    public enum Kind {
        /** Text: a string, or empty. */
        TEXT,
        /** A number field: form-js sends a number, API clients often text. */
        NUMBER,
        /** A dynamic list: JSON, or its text. */
        JSON_LIST;

        boolean accepts(TypedValue value) {
            ValueType type = value.getType();
            if (type == null) {
                // An untyped Java value (our own API path): judge it by its class.
                Object raw = value.getValue();
                return raw == null || raw instanceof String || this == NUMBER && raw instanceof Number;
            }
            String name = type.getName();
            return switch (this) {
                case TEXT -> name.equals("string") || name.equals("null");
                case NUMBER -> name.equals("string") || name.equals("null") || name.equals("integer")
                        || name.equals("long") || name.equals("double") || name.equals("short");
                case JSON_LIST -> name.equals("json") || name.equals("string") || name.equals("null");
            };
        }
    }
}
