package vn.tdc.portal.open311.api;

import java.io.Closeable;
import java.math.BigDecimal;

/**
 * Writes one GeoReport v2 document in a format that does not change its shape: the same calls give the XML of the
 * specification ({@code <services><service>…}) and its JSON ({@code [{…}]}). Lists name their entries for XML;
 * JSON has arrays instead. A null value is left out — no JSON {@code null}, no empty XML element — because clients
 * read an empty element as a value: FixMyStreet's XML::Simple and the Ruby gem's parser turn {@code <media_url/>}
 * into an empty hash, which FixMyStreet then tries to fetch as a photo.
 */
public interface Open311Writer extends Closeable {

    /** Starts a document whose root is an object (XML: the element {@code name}). */
    void startRootObject(String name);

    /** Starts a document whose root is a list (XML: {@code <name>} holding one {@code <itemName>} per entry). */
    void startRootList(String name, String itemName);

    /** Starts a list field of the current object. */
    void startList(String name, String itemName);

    /** Starts an object as the next entry of the current list. */
    void startObject();

    /** A text field; left out when {@code value} is null. */
    void field(String name, String value);

    void field(String name, long value);

    void field(String name, boolean value);

    /** A number field; left out when {@code value} is null. */
    void field(String name, BigDecimal value);

    /** A plain value as the next entry of the current list; nothing when {@code value} is null. */
    void value(String value);

    /** Ends the current object or list. */
    void end();

    /** Ends the document and flushes it; the underlying stream stays open. */
    @Override
    void close();
}
