// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec;

import dev.isms.catalog.CatalogException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

// Runs Bean Validation on the DTOs and turns each violation into a problem at its JSON pointer. The provider
// (hibernate-validator) is found through ServiceLoader when first needed and built once.
final class DtoValidation {
    private DtoValidation() {
    }

    /** Holder idiom: the factory is built on first use, once, thread-safely. */
    private static final class Holder {
        private static final Validator VALIDATOR;
        private static final RuntimeException FAILURE;

        static {
            Validator validator = null;
            RuntimeException failure = null;
            try {
                ValidatorFactory factory = Validation.byDefaultProvider().configure()
                        .messageInterpolator(new PlainMessageInterpolator())
                        .buildValidatorFactory();
                validator = factory.getValidator();
            } catch (ValidationException e) {
                failure = e;
            }
            VALIDATOR = validator;
            FAILURE = failure;
        }
    }

    /**
     * Validates a DTO and adds every violation to the problems.
     *
     * @throws CatalogException if no Bean Validation provider is available or it cannot inspect the DTOs
     */
    static <T> void validate(T dto, Problems problems) {
        if (Holder.VALIDATOR == null) {
            throw new CatalogException("no usable Bean Validation provider: add hibernate-validator to the module"
                    + " path or class path (" + Holder.FAILURE.getMessage() + ")", Holder.FAILURE);
        }
        try {
            for (ConstraintViolation<T> v : Holder.VALIDATOR.validate(dto)) {
                String message = v.getInvalidValue() == null ? "is required but is missing or null" : v.getMessage();
                problems.add(pointer(v.getPropertyPath()), message);
            }
        } catch (ValidationException e) {
            throw new CatalogException("the Bean Validation provider cannot inspect the codec's DTOs; on the module"
                    + " path hibernate-validator must be the named module org.hibernate.validator, to which"
                    + " dev.isms.catalog.internal.codec is opened: " + e.getMessage(), e);
        }
    }

    /** Converts a property path such as {@code controls[17].title} into {@code /controls/17/title}. */
    static String pointer(Path path) {
        String pointer = "";
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                if (node.getIndex() != null) {
                    pointer = Pointers.index(pointer, node.getIndex());
                } else if (node.getKey() != null) {
                    pointer = Pointers.field(pointer, String.valueOf(node.getKey()));
                }
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                pointer = Pointers.field(pointer, name);
            }
        }
        return pointer;
    }
}
