package vn.wardqms.checks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.Validator;

import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** Validates a file against an XML schema, reporting every error (not just the first) with its line. */
public final class SchemaValidation {
    private SchemaValidation() {
    }

    /** @param what the schema's name for messages, e.g. "modelSchema.xsd" */
    public static List<Problem> validate(Schema schema, Path file, String what) {
        List<Problem> problems = new ArrayList<>();
        try {
            Validator validator = schema.newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                }

                @Override
                public void error(SAXParseException e) {
                    problems.add(new Problem(file, e.getLineNumber(), "does not match " + what + ": " + e.getMessage()));
                }

                @Override
                public void fatalError(SAXParseException e) {
                    error(e);
                }
            });
            try (InputStream in = Files.newInputStream(file)) {
                validator.validate(new StreamSource(in, file.toUri().toString()));
            }
        } catch (SAXException e) {
            if (problems.isEmpty()) {
                problems.add(Problem.inFile(file, "not valid XML: " + e.getMessage()));
            }
        } catch (IOException e) {
            problems.add(Problem.inFile(file, "cannot read: " + e.getMessage()));
        }
        return problems;
    }
}
