package org.alfresco.web.evaluator;

/**
 * Compile-time declaration of Share's evaluator comparator contract (share.war, org.alfresco.web.evaluator), which is not
 * published to Maven Central. It is excluded from the module JAR (see pom.xml): at run time Share's own interface is used.
 * One method, {@code compare(Object)}, taking the value a ValueEvaluator's accessor found in the node's JSON.
 */
public interface Comparator {
    boolean compare(Object nodeValue);
}
