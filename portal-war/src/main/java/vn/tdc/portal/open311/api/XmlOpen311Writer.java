package vn.tdc.portal.open311.api;

import vn.tdc.portal.platform.xml.XmlText;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The XML form of a GeoReport v2 document, written with StAX in UTF-8 behind the XML declaration. Characters XML 1.0
 * cannot carry (control characters, lone surrogates) are left out, so the document always parses.
 */
public final class XmlOpen311Writer implements Open311Writer {

    public static final String CONTENT_TYPE = "text/xml; charset=utf-8";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final XMLStreamWriter xml;
    /** For each open list, the element name of its entries; null for an open object. */
    private final Deque<String> open = new ArrayDeque<>();

    public XmlOpen311Writer(OutputStream out) {
        try {
            this.xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot start an XML document", e);
        }
    }

    @Override
    public void startRootObject(String name) {
        start(name, "");
    }

    @Override
    public void startRootList(String name, String itemName) {
        start(name, itemName);
    }

    @Override
    public void startList(String name, String itemName) {
        start(name, itemName);
    }

    @Override
    public void startObject() {
        start(entryName(), "");
    }

    @Override
    public void field(String name, String value) {
        if (value == null) {
            return;
        }
        try {
            if (value.isEmpty()) {
                xml.writeEmptyElement(name);
            } else {
                xml.writeStartElement(name);
                xml.writeCharacters(XmlText.clean(value));
                xml.writeEndElement();
            }
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write element " + name, e);
        }
    }

    @Override
    public void field(String name, long value) {
        field(name, Long.toString(value));
    }

    @Override
    public void field(String name, boolean value) {
        field(name, Boolean.toString(value));
    }

    @Override
    public void field(String name, BigDecimal value) {
        field(name, value == null ? null : value.toPlainString());
    }

    @Override
    public void value(String value) {
        field(entryName(), value);
    }

    @Override
    public void end() {
        try {
            open.pop();
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot end an element", e);
        }
    }

    @Override
    public void close() {
        try {
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot finish the XML document", e);
        }
    }

    private void start(String name, String entryName) {
        try {
            xml.writeStartElement(name);
            open.push(entryName);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write element " + name, e);
        }
    }

    private String entryName() {
        String name = open.peek();
        if (name == null || name.isEmpty()) {
            throw new IllegalStateException("Not inside a list");
        }
        return name;
    }
}
