package vn.tdc.portal.platform.problem;

import jakarta.validation.ConstraintValidatorContext;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

/** A {@link ConstraintValidatorContext} for unit tests of constraint validators: records the templates reported. */
public final class RecordingValidatorContext {

    private final List<String> templates = new ArrayList<>();
    private boolean defaultDisabled;
    private final ConstraintValidatorContext context = (ConstraintValidatorContext) Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[]{ConstraintValidatorContext.class}, (proxy, method, args) -> {
                switch (method.getName()) {
                    case "disableDefaultConstraintViolation" -> {
                        defaultDisabled = true;
                        return null;
                    }
                    case "buildConstraintViolationWithTemplate" -> {
                        String template = (String) args[0];
                        return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{
                                ConstraintValidatorContext.ConstraintViolationBuilder.class}, (b, m, a) -> {
                            if (m.getName().equals("addConstraintViolation")) {
                                templates.add(template);
                                return proxy;
                            }
                            throw new UnsupportedOperationException(m.getName());
                        });
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                }
            });

    public ConstraintValidatorContext context() {
        return context;
    }

    /** The templates reported instead of the constraint's default message. */
    public List<String> reported() {
        return defaultDisabled ? templates : List.of();
    }
}
