// Runs in every test worker before its tests (vitest `setupFiles`). The commands the tests spawn
// inherit this environment, so variables of the shell that runs `make test` (a CI runner, a
// developer's terminal, a parent make) must not change what those commands do or print.
for (const name of [
  'FORCE_COLOR', // Node colours console.log output even off a terminal, and over NO_COLOR
  'NO_COLOR',
  'NODE_DISABLE_COLORS',
  'GITHUB_ACTIONS', // no workflow command unless a test asks for it
  'GITHUB_STEP_SUMMARY', // no job summary unless a test asks for it
  'SOURCE_DATE_EPOCH', // the release date comes from the CHANGELOG unless a test sets it
  'MAKEFLAGS', // a parent `make -j` or `make -w` changes what the make a test runs prints
  'MFLAGS',
  'MAKELEVEL',
  'NODE_EXTRA_CA_CERTS', // a missing file makes every node child warn on stderr; no test needs it
  'GIT_DIR', // set in git hooks: the scratch repositories of the tests must be their own
  'GIT_WORK_TREE',
  'GIT_INDEX_FILE',
]) {
  delete process.env[name];
}
