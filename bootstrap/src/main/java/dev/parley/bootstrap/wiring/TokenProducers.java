package dev.parley.bootstrap.wiring;

import dev.parley.adapter.crypto.jwt.JacksonJwtCodec;
import dev.parley.adapter.crypto.keys.SecureKeyMaterialGenerator;
import dev.parley.adapter.crypto.seal.AesGcmSecretSealer;
import dev.parley.adapter.persistence.JpaKeyRingStore;
import dev.parley.adapter.persistence.JpaRevocationList;
import dev.parley.adapter.persistence.PersistenceUnit;
import dev.parley.application.token.KeyRing;
import dev.parley.application.token.KeyRingService;
import dev.parley.application.token.MintAccessTokenUseCase;
import dev.parley.application.token.RevokeAccessTokenUseCase;
import dev.parley.application.token.TokenMintingService;
import dev.parley.application.token.TokenPolicy;
import dev.parley.application.token.TokenRevocationService;
import dev.parley.application.token.TokenVerificationService;
import dev.parley.application.token.VerifyAccessTokenUseCase;
import dev.parley.application.token.key.ManageKeysUseCase;
import dev.parley.application.token.admin.AdministerKeysUseCase;
import dev.parley.application.token.admin.IssueTokenUseCase;
import dev.parley.application.token.admin.KeyAdministrationService;
import dev.parley.application.token.admin.TokenIssuingService;
import dev.parley.application.service.Authorizer;
import dev.parley.domain.grant.AccessPolicy;
import dev.parley.application.token.port.JwtCodec;
import dev.parley.application.token.port.KeyRingStore;
import dev.parley.application.token.port.RevocationList;
import dev.parley.application.token.port.SecretSealer;
import dev.parley.application.token.port.KeyMaterialGenerator;
import dev.parley.bootstrap.config.ParleyConfig;
import dev.parley.bootstrap.keys.MasterKeySource;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * Builds the token services (verification, minting, revocation, key management) over the JWT
 * codec and sealer of the crypto adapter and the key ring and revocation tables of the
 * persistence adapter. Without a master key (production without {@code PARLEY_MASTER_KEY})
 * nothing can be unsealed: the services still exist and refuse every key, and readiness says why.
 */
@ApplicationScoped
public class TokenProducers {

    @PersistenceContext(unitName = PersistenceUnit.NAME)
    private EntityManager em;

    @Inject
    private MasterKeySource masterKey;

    @Inject
    private ParleyConfig config;

    @Inject
    private AuditTrail audit;

    private KeyRingService keyRingService;
    private KeyRing keyRing;
    private TokenVerificationService verification;
    private TokenMintingService minting;
    private TokenRevocationService revocation;
    private RevocationList revocations;
    private TokenIssuingService issuing;
    private KeyAdministrationService keyAdministration;
    private SecretSealer sealer;
    private KeyMaterialGenerator keyMaterial;

    @PostConstruct
    void build() {
        Clock clock = Clock.systemUTC();
        TokenPolicy policy = TokenPolicy.defaults().withDevelopmentMode(config.dev());
        sealer = masterKey.masterKeyBase64()
                .<SecretSealer>map(AesGcmSecretSealer::withMasterKeyBase64)
                .orElseGet(NoMasterKeySealer::new);
        KeyRingStore store = new JpaKeyRingStore(em);
        revocations = new JpaRevocationList(em);
        JwtCodec codec = new JacksonJwtCodec();
        keyRing = new KeyRing(store, sealer);
        keyMaterial = new SecureKeyMaterialGenerator();
        keyRingService = new KeyRingService(store, sealer, keyMaterial, clock, policy);
        verification = new TokenVerificationService(codec, keyRing, revocations, clock, policy);
        minting = new TokenMintingService(codec, keyRing, clock, policy);
        revocation = new TokenRevocationService(revocations, clock, policy);
        Authorizer authorizer = new Authorizer(AccessPolicy.standard(), audit, clock);
        issuing = new TokenIssuingService(minting, authorizer);
        keyAdministration = new KeyAdministrationService(keyRingService, authorizer);
    }

    @Produces
    VerifyAccessTokenUseCase verifyAccessToken() {
        return verification;
    }

    @Produces
    MintAccessTokenUseCase mintAccessToken() {
        return minting;
    }

    @Produces
    RevokeAccessTokenUseCase revokeAccessToken() {
        return revocation;
    }

    @Produces
    ManageKeysUseCase manageKeys() {
        return keyRingService;
    }

    @Produces
    KeyRing keyRing() {
        return keyRing;
    }

    @Produces
    IssueTokenUseCase issueToken() {
        return issuing;
    }

    @Produces
    AdministerKeysUseCase administerKeys() {
        return keyAdministration;
    }

    /** The master-key sealer: API secrets, room keys and the messaging operator keys are sealed with it. */
    @Produces
    SecretSealer secretSealer() {
        return sealer;
    }

    /** The strong random source for new keys (API secrets, room keys). */
    @Produces
    KeyMaterialGenerator keyMaterialGenerator() {
        return keyMaterial;
    }

    /** The revocation list itself, for the housekeeping that purges expired entries. */
    @Produces
    RevocationList revocationList() {
        return revocations;
    }
}
