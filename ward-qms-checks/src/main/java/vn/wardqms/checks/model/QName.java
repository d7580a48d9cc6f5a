package vn.wardqms.checks.model;

/** A name resolved to its namespace URI, as the repository compares names (the prefix is only how a file spells it). */
public record QName(String uri, String localName) {

    @Override
    public String toString() {
        return "{" + uri + "}" + localName;
    }
}
