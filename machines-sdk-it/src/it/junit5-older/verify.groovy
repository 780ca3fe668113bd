// The tests ran (on JUnit 5.10) and passed, and a run with no logging set up printed no SLF4J warning.
def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 2, Failures: 0, Errors: 0, Skipped: 0') : 'the consumer tests did not all run'
assert !log.contains('SLF4J') : 'SLF4J printed a warning in a consumer build with no logging set up'
assert !log.contains('NoClassDefFoundError')
return true
