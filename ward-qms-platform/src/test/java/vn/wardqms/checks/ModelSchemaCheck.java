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
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** Validates a content model against the repository's modelSchema.xsd, reporting every error with its line. */
public final class ModelSchemaCheck {
    private final Schema schema;

    public ModelSchemaCheck(Path xsd) {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            this.schema = factory.newSchema(xsd.toFile());
        } catch (SAXException e) {
            throw new IllegalStateException("cannot load " + xsd + ": " + e.getMessage(), e);
        }
    }

    public List<Problem> check(Path model) {
        List<Problem> problems = new ArrayList<>();
        Validator validator = schema.newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                }

                @Override
                public void error(SAXParseException e) {
                    problems.add(new Problem(model, e.getLineNumber(), "does not match modelSchema.xsd: " + e.getMessage()));
                }

                @Override
                public void fatalError(SAXParseException e) {
                    error(e);
                }
            });
            try (InputStream in = Files.newInputStream(model)) {
                validator.validate(new StreamSource(in, model.toUri().toString()));
            }
        } catch (SAXException e) {
            if (problems.isEmpty()) {
                problems.add(Problem.inFile(model, "not valid XML: " + e.getMessage()));
            }
        } catch (IOException e) {
            problems.add(Problem.inFile(model, "cannot read: " + e.getMessage()));
        }
        return problems;
    }
}
