// Runs in every test worker before its tests (vitest `setupFiles`). The commands the tests spawn
// inherit this environment, so variables of the shell that runs `make test` (a CI runner, a
// developer's terminal) must not change what those commands print.
for (const name of [
  'FORCE_COLOR', // Node colours console.log output even off a terminal, and over NO_COLOR
  'NO_COLOR',
  'NODE_DISABLE_COLORS',
  'GITHUB_ACTIONS', // no workflow command unless a test asks for it
  'GITHUB_STEP_SUMMARY', // no job summary unless a test asks for it
]) {
  delete process.env[name];
}
