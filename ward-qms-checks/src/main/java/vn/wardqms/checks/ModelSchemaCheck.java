package vn.wardqms.checks;

import java.nio.file.Path;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.xml.sax.SAXException;

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
        return SchemaValidation.validate(schema, model, "modelSchema.xsd");
    }
}
