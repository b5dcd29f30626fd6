package dev.parley.bootstrap.cli;

import picocli.CommandLine.Command;

/** {@code parley keys ...}: manages the server's key ring through its signed key-management API. */
@Command(name = "keys", description = "API keys of a running Parley (create, list, rotate, revoke).")
final class KeysCommand {
}
