package com.haevn.stacks;

import com.hashicorp.cdktf.TerraformRemoteState;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns an export record into the outputs of its stack and back, from a remote-state lookup: each component is an
 * output named in snake case; text components are read with {@code getString}, lists of text with {@code getList}.
 */
final class ExportRecords {

    private ExportRecords() {
    }

    /** Fails unless every component of {@code type} is a String or a List of String. */
    static void requireSupported(Class<? extends Record> type) {
        for (RecordComponent component : type.getRecordComponents()) {
            if (!isText(component) && !isTextList(component)) {
                throw new IllegalArgumentException("export " + type.getSimpleName() + "." + component.getName()
                        + " is a " + component.getGenericType().getTypeName()
                        + "; exports hold text or lists of text (ids, ARNs, names)");
            }
        }
    }

    /** The outputs of a published value, in component order: output name to value. */
    static Map<String, Object> outputs(Record value) {
        Map<String, Object> outputs = new LinkedHashMap<>();
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            try {
                var accessor = component.getAccessor();
                accessor.setAccessible(true);
                outputs.put(outputName(component), accessor.invoke(value));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + component, e);
            }
        }
        return outputs;
    }

    /** The record whose components are the producer's outputs as {@code state} reads them. */
    static <T extends Record> T read(Class<T> type, TerraformRemoteState state) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = Arrays.stream(components)
                .map(c -> isText(c) ? state.getString(outputName(c)) : (Object) state.getList(outputName(c)))
                .toArray();
        try {
            Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            var constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName() + " from remote state", e);
        }
    }

    /** {@code privateSubnetIds} -> {@code private_subnet_ids}. */
    static String outputName(RecordComponent component) {
        return component.getName().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
    }

    private static boolean isText(RecordComponent component) {
        return component.getType() == String.class;
    }

    private static boolean isTextList(RecordComponent component) {
        return component.getType() == List.class
                && component.getGenericType() instanceof ParameterizedType list
                && list.getActualTypeArguments()[0] == String.class;
    }
}
