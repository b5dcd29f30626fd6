package dev.parley.bootstrap.cli;

import picocli.CommandLine.Command;

/** {@code parley audit verify}: asks a running Parley to walk its audit chain; exit 0 when intact, 1 otherwise. */
@Command(name = "audit", description = "The audit log of a running Parley.", subcommands = AuditCommand.Verify.class)
final class AuditCommand {

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Verify the hash chain; prints the first broken link, if any.")
    static final class Verify extends KeysCommand.KeysCall {
        @Override
        String path() {
            return "api/v1/audit/verify";
        }

        @Override
        boolean succeeded(String responseBody) {
            return responseBody.contains("\"intact\":true");
        }
    }
}
