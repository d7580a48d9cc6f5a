package org.alfresco.repo.security.authentication;

import vn.wardqms.platform.workflow.standin.StandInRepository;

/**
 * TEST DOUBLE of the repository's AuthenticationUtil (data-model/src/main/java/org/alfresco/repo/security/
 * authentication/AuthenticationUtil.java), the one method the module's behaviour scripts call, as a secure classpath
 * script may: {@code getFullyAuthenticatedUser()}, the user who last authenticated, whatever runAs is in force; null when
 * nobody is. Answers for the stand-in repository whose script is running on this thread.
 */
public final class AuthenticationUtil {
    private AuthenticationUtil() {
    }

    public static String getFullyAuthenticatedUser() {
        StandInRepository repository = StandInRepository.scripting();
        return repository == null ? null : repository.authenticatedUser();
    }
}
