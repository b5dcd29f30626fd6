package dev.parley.bootstrap.cli;

import dev.parley.application.token.key.KeyIds;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parley keys list|create|rotate|revoke}: the key ring of a running Parley, through its
 * signed key API ({@code /api/v1/keys}). Prints the server's JSON answer; a new secret is shown
 * once, in the answer to create or rotate, and cannot be read again.
 */
@Command(name = "keys", description = "API keys of a running Parley.",
        subcommands = {KeysCommand.ListKeys.class, KeysCommand.Create.class, KeysCommand.Rotate.class, KeysCommand.Revoke.class})
final class KeysCommand {

    /** Options every keys subcommand shares. */
    static final class Target {
        @Option(names = "--url", description = "Parley's base URL (default: $PARLEY_URL or http://127.0.0.1:7880)")
        String url;

        @Mixin
        ApiCredentials credentials;

        SignedClient client() {
            String u = url != null ? url : System.getenv().getOrDefault("PARLEY_URL", "http://127.0.0.1:7880");
            return new SignedClient(URI.create(u.endsWith("/") ? u : u + "/"), credentials.resolve());
        }
    }

    abstract static class KeysCall implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        Target target;

        abstract String path();

        String body() {
            return "";
        }

        /** Whether a 2xx answer also means success (a verification may answer 200 with a failure). */
        boolean succeeded(String responseBody) {
            return true;
        }

        @Override
        public Integer call() throws Exception {
            HttpResponse<String> r = target.client().post(path(), body());
            boolean ok = r.statusCode() / 100 == 2 && succeeded(r.body());
            (ok ? spec.commandLine().getOut() : spec.commandLine().getErr()).println(r.body());
            spec.commandLine().getOut().flush();
            spec.commandLine().getErr().flush();
            return ok ? 0 : 1;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the keys (ids, algorithms, states; no secrets).")
    static final class ListKeys extends KeysCall {
        @Override
        String path() {
            return "api/v1/keys/list";
        }
    }

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Create a key; its secret is printed once.")
    static final class Create extends KeysCall {
        @Option(names = "--algorithm", defaultValue = "HS256", description = "HS256 (LiveKit-compatible) or EdDSA")
        String algorithm;

        @Override
        String path() {
            return "api/v1/keys";
        }

        @Override
        String body() {
            if (!algorithm.matches("[A-Za-z0-9]{1,16}")) {
                throw new IllegalArgumentException("--algorithm must be HS256 or EdDSA");
            }
            return "{\"algorithm\":\"" + algorithm + "\"}";
        }
    }

    @Command(name = "rotate", mixinStandardHelpOptions = true,
            description = "Create a successor of a key; the old one keeps verifying but signs no more.")
    static final class Rotate extends KeysCall {
        @Parameters(index = "0", description = "the key id")
        String id;

        @Override
        String path() {
            return "api/v1/keys/" + KeysCommand.pathSegment(id) + "/rotate";
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke a key: its tokens stop verifying at once.")
    static final class Revoke extends KeysCall {
        @Parameters(index = "0", description = "the key id")
        String id;

        @Override
        String path() {
            return "api/v1/keys/" + KeysCommand.pathSegment(id) + "/revoke";
        }
    }

    static String pathSegment(String id) {
        if (!KeyIds.isValid(id)) {
            throw new IllegalArgumentException("a key id is 1 to 64 characters of A-Z a-z 0-9 _ -");
        }
        return id;
    }
}
