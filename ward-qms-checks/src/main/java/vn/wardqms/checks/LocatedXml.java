package vn.wardqms.checks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/** A namespace-aware DOM whose elements remember the line they start on, so checks can point at it. */
public final class LocatedXml {
    private static final String LINE = "wardqms.line";

    private final Path file;
    private final Document document;

    private LocatedXml(Path file, Document document) {
        this.file = file;
        this.document = document;
    }

    /** Parses a file; a malformed file throws {@link XmlProblem} carrying the file and line. */
    public static LocatedXml parse(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = newDocument();
            factory.newSAXParser().parse(in, new Builder(doc));
            return new LocatedXml(file, doc);
        } catch (SAXParseException e) {
            throw new XmlProblem(new Problem(file, e.getLineNumber(), "not well-formed XML: " + e.getMessage()));
        } catch (SAXException | ParserConfigurationException | IOException e) {
            throw new XmlProblem(Problem.inFile(file, "cannot read XML: " + e.getMessage()));
        }
    }

    public Path file() {
        return file;
    }

    public Element root() {
        return document.getDocumentElement();
    }

    public static int line(Node node) {
        Object line = node.getUserData(LINE);
        return line instanceof Integer n ? n : 0;
    }

    public Problem problem(Node node, String message) {
        return new Problem(file, line(node), message);
    }

    /** Every direct child element, in document order. */
    public static List<Element> elements(Element parent) {
        List<Element> result = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                result.add(e);
            }
        }
        return result;
    }

    /** Direct child elements with the given local name. */
    public static List<Element> children(Element parent, String localName) {
        return elements(parent).stream().filter(e -> localName.equals(e.getLocalName())).toList();
    }

    /** The element's own text: its text children joined, without the text of its child elements. */
    public static String ownText(Element element) {
        StringBuilder text = new StringBuilder();
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof org.w3c.dom.Text t) {
                text.append(t.getData());
            }
        }
        return text.toString();
    }

    /** The attribute's value, or null when it is absent (an empty attribute is not an absent one). */
    public static String attribute(Element element, String name) {
        return element.hasAttribute(name) ? element.getAttribute(name) : null;
    }

    public static Element child(Element parent, String localName) {
        List<Element> found = children(parent, localName);
        return found.isEmpty() ? null : found.get(0);
    }

    /** Trimmed text of the named child, or null when absent. */
    public static String childText(Element parent, String localName) {
        Element child = child(parent, localName);
        return child == null ? null : child.getTextContent().trim();
    }

    /** All descendant elements with the given local name, in document order. */
    public static List<Element> descendants(Element root, String localName) {
        List<Element> result = new ArrayList<>();
        NodeList all = root.getElementsByTagNameNS("*", localName);
        for (int i = 0; i < all.getLength(); i++) {
            result.add((Element) all.item(i));
        }
        return result;
    }

    /** Every element of the document, in document order. */
    public List<Element> allElements() {
        return descendants(root(), "*");
    }

    private static Document newDocument() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory.newDocumentBuilder().newDocument();
    }

    /** Thrown when a file is not XML at all; carries the located problem. */
    public static final class XmlProblem extends RuntimeException {
        private final Problem problem;

        XmlProblem(Problem problem) {
            super(problem.toString());
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    private static final class Builder extends DefaultHandler {
        private final Document doc;
        private final Deque<Node> open = new ArrayDeque<>();
        private final StringBuilder text = new StringBuilder();
        private Locator locator;

        Builder(Document doc) {
            this.doc = doc;
            open.push(doc);
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            flushText();
            Element element = doc.createElementNS(uri.isEmpty() ? null : uri, qName);
            for (int i = 0; i < attributes.getLength(); i++) {
                String attrUri = attributes.getURI(i);
                element.setAttributeNS(attrUri.isEmpty() ? null : attrUri, attributes.getQName(i), attributes.getValue(i));
            }
            element.setUserData(LINE, locator.getLineNumber(), null);
            open.peek().appendChild(element);
            open.push(element);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            flushText();
            open.pop();
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            text.append(ch, start, length);
        }

        private void flushText() {
            if (!text.isEmpty()) {
                if (open.peek() instanceof Element) {
                    open.peek().appendChild(doc.createTextNode(text.toString()));
                }
                text.setLength(0);
            }
        }
    }
}
