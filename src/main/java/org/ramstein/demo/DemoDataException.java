package org.ramstein.demo;

import java.util.List;
import org.ramstein.common.DomainException;
import org.ramstein.common.FieldError;

/** The demo dataset cannot be loaded: names the file and, for each problem, its JSON path ("pledges[3].lines[0].item"). */
public final class DemoDataException extends DomainException {
    private final List<FieldError> errors;

    public DemoDataException(String file, List<FieldError> errors) {
        super(file + " cannot be loaded: " + FieldError.join(errors));
        this.errors = List.copyOf(errors);
    }

    public DemoDataException(String file, String path, String message) {
        this(file, List.of(new FieldError(path, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    @Override
    public int status() {
        return 500;
    }

    @Override
    public String title() {
        return "Demo dataset cannot be loaded";
    }
}
