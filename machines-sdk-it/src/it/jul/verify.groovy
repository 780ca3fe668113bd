def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0') : 'the consumer test did not run'
assert !log.contains('SLF4J') : 'SLF4J printed a warning in a consumer build with no logging set up'
// machines-sdk brings no logging library and no JUnit to an application at run time
def tree = new File(basedir, 'target/runtime-dependencies.txt').text
assert tree.contains('io.github.flymachines:machines-sdk:jar') : tree
assert !tree.contains('slf4j') : 'a logging library in the runtime dependencies:\n' + tree
assert !tree.contains('log4j') && !tree.contains('logback') : tree
assert !tree.contains('junit') : tree
return true
