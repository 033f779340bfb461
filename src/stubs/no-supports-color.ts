/**
 * Stands in for chalk's terminal detection in the bundle (the build script's --alias). trust
 * always tells chalk the colour level itself (src/ui/colour.ts), and the detection would load
 * node:tty and node:os and ask the terminal at start-up, about 2 ms on every run.
 */
export default { stdout: false as const, stderr: false as const };
