/**
 * Stands in for node:child_process in the bundle (the build script's --alias). commander loads
 * child_process at start-up for executable subcommands, which trust does not have, and loading
 * it costs about 2 ms on every run.
 */
export {};
