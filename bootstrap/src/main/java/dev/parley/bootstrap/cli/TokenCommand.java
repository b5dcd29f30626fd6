package dev.parley.bootstrap.cli;

import dev.parley.adapter.crypto.jwt.JacksonJwtCodec;
import dev.parley.adapter.crypto.keys.SecureKeyMaterialGenerator;
import dev.parley.adapter.crypto.seal.AesGcmSecretSealer;
import dev.parley.application.token.KeyRing;
import dev.parley.application.token.KeyRingService;
import dev.parley.application.token.MintTokenCommand;
import dev.parley.application.token.MintedToken;
import dev.parley.application.token.TokenMintingService;
import dev.parley.application.token.TokenPolicy;
import dev.parley.domain.participant.Identity;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code parley token create}: mints an access token locally with an API key and secret, through
 * the same minting service and JWT codec as the server (so the same rules apply), like LiveKit's
 * {@code lk token create}. Prints only the token, for scripts.
 */
@Command(name = "token", description = "Access tokens.", subcommands = TokenCommand.Create.class)
final class TokenCommand {

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Mint an access token (default: join --room as --identity, 10 minutes).")
    static final class Create implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        ApiCredentials credentials;

        @Option(names = "--room", description = "the room to join")
        String room;

        @Option(names = "--identity", description = "the participant identity (the token's sub)")
        String identity;

        @Option(names = "--name", description = "display name")
        String name;

        @Option(names = "--metadata", description = "participant metadata")
        String metadata;

        @Option(names = "--grant", description = "a grant with LiveKit's name, e.g. canPublish=false (repeatable)")
        List<String> grants = new ArrayList<>();

        @Option(names = "--ttl", converter = DurationOption.class, description = "lifetime, e.g. 10m, 1h (default 10m)")
        Duration ttl;

        @Option(names = "--dev", description = "allow a secret shorter than 32 bytes (development only)")
        boolean dev;

        @Override
        public Integer call() {
            ApiCredentials.Resolved key = credentials.resolve();
            Clock clock = Clock.systemUTC();
            TokenPolicy policy = TokenPolicy.defaults().withDevelopmentMode(dev);
            SingleKeyStore store = new SingleKeyStore();
            byte[] ephemeralMasterKey = new byte[AesGcmSecretSealer.MASTER_KEY_BYTES];
            new SecureRandom().nextBytes(ephemeralMasterKey);
            AesGcmSecretSealer sealer = AesGcmSecretSealer.withMasterKey(ephemeralMasterKey);
            new KeyRingService(store, sealer, new SecureKeyMaterialGenerator(), clock, policy).importSecret(key.keyId(), key.secret());
            TokenMintingService minting = new TokenMintingService(new JacksonJwtCodec(), new KeyRing(store, sealer), clock, policy);
            MintedToken minted = minting.mint(new MintTokenCommand(key.keyId(),
                    identity == null ? null : Identity.of(identity), room, GrantOptions.parse(room, grants), ttl, name,
                    metadata, null, null, null, null));
            spec.commandLine().getOut().println(minted.token());
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
