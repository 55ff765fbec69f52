package vn.tdc.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import vn.tdc.portal.user.application.UserAccountService;

import java.util.stream.Collectors;

/** Checks staff logins against the accounts in the database; roles become the caller's groups. */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

    @Inject
    UserAccountService accounts;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return accounts.verify(login.getCaller(), login.getPassword().getValue())
                .map(user -> new CredentialValidationResult(user.username(),
                        user.roles().stream().map(Enum::name).collect(Collectors.toSet())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
