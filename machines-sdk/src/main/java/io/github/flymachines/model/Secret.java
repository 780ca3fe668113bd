package io.github.flymachines.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record component that {@code toString} masks: the value, or for a map its values (keys
 * stay visible). Read at build time by the processor that writes the records' builders.
 */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.RECORD_COMPONENT)
@interface Secret {
}
